package dev.podwright.model;

/**
 * A handler a lifecycle hook can use: {@code exec}, {@code httpGet}, {@code tcpSocket} or
 * {@code sleep}. Probes take a {@link ProbeAction} instead; {@code sleep} is hook-only.
 */
public sealed interface HookAction permits ExecAction, HTTPGetAction, TCPSocketAction, SleepAction {}
