package dev.podwright.model;

/**
 * A handler a probe can use: {@code exec}, {@code httpGet}, {@code tcpSocket} or {@code grpc}.
 * Lifecycle hooks take a {@link HookAction} instead; {@code grpc} is probe-only.
 */
public sealed interface ProbeAction permits ExecAction, HTTPGetAction, TCPSocketAction, GRPCAction {}
