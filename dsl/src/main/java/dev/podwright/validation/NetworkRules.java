package dev.podwright.validation;

import dev.podwright.model.HostAlias;
import dev.podwright.model.PodDNSConfig;
import dev.podwright.model.PodDNSConfigOption;
import java.util.List;
import java.util.Optional;

/**
 * {@code validatePodDNSConfig} and {@code ValidateHostAliases}: the pod's name resolution, with
 * the IP syntax of the target version. Up to 1.32 an IP only has to parse as Go's lenient
 * {@code ParseIP} reads it; from 1.33 the server calls {@code IsValidIPForLegacyField}, which
 * also refuses leading zeros and IPv4-mapped IPv6 addresses when {@code StrictIPCIDRValidation}
 * is on (beta and on from 1.36, KEP-4858), and otherwise accepts them with a warning.
 */
final class NetworkRules {
  private static final int MAX_NAMESERVERS = 3;
  private static final int MAX_SEARCH_PATHS = 32;
  private static final int MAX_SEARCH_CHARS = 2048;
  /** The 1.27 limits while {@code ExpandedDNSConfig} (beta, on) is turned off. */
  private static final int MAX_SEARCH_PATHS_LEGACY = 6;
  private static final int MAX_SEARCH_CHARS_LEGACY = 256;
  private static final String EXPANDED_DNS_CONFIG = "ExpandedDNSConfig";

  private final Errors errors;
  private final Profile profile;

  NetworkRules(Errors errors, Profile profile) {
    this.errors = errors;
    this.profile = profile;
  }

  /**
   * {@code validatePodDNSConfig}: {@code dnsPolicy: None} needs a config with a nameserver; at
   * most 3 nameservers, each an IP; at most 32 search domains of 2048 characters in all, each a
   * DNS subdomain (a trailing dot allowed; with {@code RelaxedDNSSearchValidation} also '_' and
   * a lone "."); options must be named.
   */
  void dnsConfig(Optional<PodDNSConfig> config, String dnsPolicy, FieldPath path) {
    if (dnsPolicy.equals("None")) {
      if (config.isEmpty()) {
        errors.add(FieldError.required(path, "must provide `dnsConfig` when `dnsPolicy` is None"));
        return;
      }
      if (config.get().nameservers().isEmpty()) {
        errors.add(FieldError.required(path.child("nameservers"),
            "must provide at least one DNS nameserver when `dnsPolicy` is None"));
        return;
      }
    }
    if (config.isEmpty()) {
      return;
    }
    List<String> nameservers = config.get().nameservers();
    if (nameservers.size() > MAX_NAMESERVERS) {
      errors.add(FieldError.invalid(path.child("nameservers"),
          GoStructs.stringsValue(nameservers),
          "must not have more than " + MAX_NAMESERVERS + " nameservers"));
    }
    for (int i = 0; i < nameservers.size(); i++) {
      ip(nameservers.get(i), path.child("nameservers").index(i));
    }
    searches(config.get().searches(), path.child("searches"));
    List<PodDNSConfigOption> options = config.get().options();
    for (int i = 0; i < options.size(); i++) {
      if (options.get(i).name().orElse("").isEmpty()) {
        errors.add(FieldError.required(path.child("options").index(i), "must not be empty"));
      }
    }
  }

  /**
   * The search list. In 1.27 its limits follow {@code AllowExpandedDNSConfig}, on create the
   * {@code ExpandedDNSConfig} gate: 6 domains of 256 characters with it off (v1.27.4
   * validation.go, ceph/ceph-csi {@code a2762b8ed}); from 1.28 always 32 of 2048.
   */
  private void searches(List<String> searches, FieldPath path) {
    boolean expanded = profile.isEnabled(EXPANDED_DNS_CONFIG);
    int maxPaths = expanded ? MAX_SEARCH_PATHS : MAX_SEARCH_PATHS_LEGACY;
    int maxChars = expanded ? MAX_SEARCH_CHARS : MAX_SEARCH_CHARS_LEGACY;
    if (searches.size() > maxPaths) {
      errors.add(FieldError.invalid(path, GoStructs.stringsValue(searches),
          "must not have more than " + maxPaths + " search paths"));
    }
    if (String.join(" ", searches).length() > maxChars) {
      errors.add(FieldError.invalid(path, GoStructs.stringsValue(searches),
          "must not have more than " + maxChars
              + " characters (including spaces) in the search list"));
    }
    boolean relaxed = profile.isEnabled(Profile.RELAXED_DNS_SEARCH);
    for (int i = 0; i < searches.size(); i++) {
      String search = searches.get(i);
      if (relaxed && search.equals(".")) {
        continue;
      }
      String trimmed = search.endsWith(".") ? search.substring(0, search.length() - 1) : search;
      errors.invalidAll(path.index(i), trimmed, relaxed
          ? Formats.dns1123SubdomainWithUnderscore(trimmed, profile.atLeast(34))
          : Formats.dns1123Subdomain(trimmed));
    }
  }

  /**
   * {@code ValidateHostAliases}: each IP, then each hostname as a DNS subdomain. Up to 1.29 the
   * paths have no indexes ({@code spec.hostAliases.ip}, {@code spec.hostAliases.hostnames}): the
   * vendored v1.29.0 validation.go in ceph/ceph-csi {@code e5d9b68d3} appends {@code Child("ip")}
   * to the list's path, v1.30.0 in {@code e727bd351} {@code Index(i).Child("ip")}.
   */
  void hostAliases(List<HostAlias> aliases, FieldPath path) {
    boolean indexed = profile.atLeast(30);
    for (int i = 0; i < aliases.size(); i++) {
      HostAlias alias = aliases.get(i);
      FieldPath aliasPath = indexed ? path.index(i) : path;
      ip(alias.ip(), aliasPath.child("ip"));
      for (int j = 0; j < alias.hostnames().size(); j++) {
        String hostname = alias.hostnames().get(j);
        FieldPath hostnames = aliasPath.child("hostnames");
        errors.invalidAll(indexed ? hostnames.index(j) : hostnames, hostname,
            Formats.dns1123Subdomain(hostname));
      }
    }
  }

  /**
   * A nameserver or host alias IP. Up to 1.29 validation.go parses it itself and says "must be
   * valid IP address" (v1.29.0, ceph/ceph-csi {@code e5d9b68d3}); from 1.30 apimachinery's
   * {@code IsValidIP} gives its own words.
   */
  private void ip(String value, FieldPath path) {
    if (!profile.atLeast(30)) {
      if (IpAddresses.parseSloppy(value).isEmpty()) {
        errors.add(FieldError.invalid(path, value, "must be valid IP address"));
      }
      return;
    }
    boolean strict = profile.atLeast(33) && profile.isEnabled(Profile.STRICT_IP_CIDR_VALIDATION);
    errors.invalidAll(path, value, IpAddresses.legacyFieldErrors(value, strict));
    // The warnings for non-standard forms (GetWarningsForIP) come from PodWarnings, as
    // warnings.go gives them: last, and only for a valid object.
  }

  /** Go's {@code %#v} of a {@code []string}. */
}
