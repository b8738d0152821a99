/**
 * Podwright's annotations: pods and workloads declared as annotated Java types, which the
 * processor in {@code podwright-codegen} turns into specs and manifests while javac runs.
 *
 * <p>Every annotation has {@code CLASS} retention and this module needs nothing but
 * {@code java.base}, so it is a compile-time dependency only: a program that uses the generated
 * specs needs {@code podwright-dsl} at run time, not this module.
 */
module dev.podwright.annotations {
  exports dev.podwright.annotations;
}
