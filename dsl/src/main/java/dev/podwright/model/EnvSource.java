package dev.podwright.model;

/**
 * One source of an environment variable's value: a pod field, a container resource, a config map
 * key or a secret key. An {@link EnvVar} built from one {@code EnvSource} has exactly one source.
 */
public sealed interface EnvSource
    permits ObjectFieldSelector, ResourceFieldSelector, ConfigMapKeySelector, SecretKeySelector {}
