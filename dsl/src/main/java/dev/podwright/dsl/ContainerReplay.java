package dev.podwright.dsl;

import dev.podwright.model.Container;
import dev.podwright.model.Lifecycle;
import dev.podwright.model.ResourceRequirements;
import dev.podwright.model.SecurityContext;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The builders a container draft's recorded changes are replayed onto: one for the container,
 * and one each, made when a change first asks for it, for the three values the DSL edits in
 * several steps (resources, lifecycle, security context). A step such as {@code limits(..)} or
 * {@code preStop(..)} adds to what earlier steps set; replayed here, the steps share one builder
 * of that value and it is built once, with the container, instead of building the container in
 * the middle of the chain to read the value so far.
 */
final class ContainerReplay {
  /** A recorded change of a container draft. */
  interface Change {
    void replay(ContainerReplay replay);
  }

  /** A change of the container builder alone, the common case, written as a lambda. */
  interface Edit extends Change {
    Container.Builder apply(Container.Builder container);

    @Override
    default void replay(ContainerReplay replay) {
      apply(replay.container);
    }
  }

  private final Container.Builder container;
  private Optional<ResourceRequirements> resourcesBase;
  private Optional<Lifecycle> lifecycleBase;
  private Optional<SecurityContext> securityBase;
  private ResourceRequirements.@Nullable Builder resources;
  private Lifecycle.@Nullable Builder lifecycle;
  private SecurityContext.@Nullable Builder security;

  /** Starts from {@code base}, a built container, or from nothing. */
  ContainerReplay(@Nullable Container base) {
    if (base == null) {
      container = Container.builder();
      resourcesBase = Optional.empty();
      lifecycleBase = Optional.empty();
      securityBase = Optional.empty();
    } else {
      container = Container.builder().from(base);
      resourcesBase = base.resources();
      lifecycleBase = base.lifecycle();
      securityBase = base.securityContext();
    }
  }

  /** Returns the container builder. */
  Container.Builder container() {
    return container;
  }

  /** Returns the builder of the container's resources, started from what they are so far. */
  ResourceRequirements.Builder resources() {
    if (resources == null) {
      resources = ResourceRequirements.builder();
      resourcesBase.ifPresent(resources::from);
    }
    return resources;
  }

  /** Returns the builder of the container's lifecycle, started from what it is so far. */
  Lifecycle.Builder lifecycle() {
    if (lifecycle == null) {
      lifecycle = Lifecycle.builder();
      lifecycleBase.ifPresent(lifecycle::from);
    }
    return lifecycle;
  }

  /** Returns the builder of the container's security context, started from what it is so far. */
  SecurityContext.Builder security() {
    if (security == null) {
      security = SecurityContext.builder();
      securityBase.ifPresent(security::from);
    }
    return security;
  }

  /** Replaces the security context; later security changes start from {@code context}. */
  void securityContext(SecurityContext context) {
    security = null;
    securityBase = Optional.of(context);
    container.securityContext(context);
  }

  /** Builds the container, with the values the changes built up. */
  Container build() {
    if (resources != null) {
      container.resources(resources.build());
    }
    if (lifecycle != null) {
      container.lifecycle(lifecycle.build());
    }
    if (security != null) {
      container.securityContext(security.build());
    }
    return container.build();
  }
}
