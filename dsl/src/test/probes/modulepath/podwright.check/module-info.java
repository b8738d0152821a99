module podwright.check {
  requires dev.podwright.dsl;
}
