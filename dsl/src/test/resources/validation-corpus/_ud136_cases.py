"""Cases of the ud136 check of 1.36 and 1.37 against sources at release tags (issue 10), imported
by _generate.py, which writes them.

Sources read at tags: k8s.io/apimachinery pkg/util/validation/ip.go at v0.33.0, v0.35.7,
v0.36.0, v0.36.3 and v0.37.0-beta.0 (GetWarningsForIP, parseIP), and the 1.33-or-later
pkg/api/pod/warnings.go (co63oc/kubernetes 9beefa00), whose warningsForPodSpecAndMeta ends with
GetWarningsForIP for each dnsConfig nameserver, then each hostAliases[i].ip, for every valid Pod
and template. The expected errors and warnings ("# expect: <path>: <type>", in the server's
order) are written by hand from those files, never copied from the validator's output; the
words are pinned in VersionWordsTest. File names start with "ud136-" (refused) or
"valid-ud136-" (accepted by the server).
"""


def add(pod, c, named):
    bad, ok = named("ud136")

    def dns(nameservers):
        return {"dnsPolicy": "None", "dnsConfig": {"nameservers": nameservers}}

    # ------------------------------------------------ GetWarningsForIP: RFC 5952 form
    # ip.go (v0.33.0 to v0.37.0-beta.0): an IPv6 address that netip.ParseAddr reads but prints
    # otherwise gets "IPv6 address %q should be in RFC 5952 canonical format (%q)". It is not
    # refused, strict validation or not (IsValidIPForLegacyField allows non-canonical forms).
    for version in ("1.33", "1.35", "1.36", "1.37"):
        ok("nameserver-ipv6-upper-case-" + version.replace(".", "-"),
           "ip.go GetWarningsForIP (RFC 5952 warning), pod warnings.go (nameservers)",
           pod(**dns(["2001:DB8::1"])), version=version,
           warn=["spec.dnsConfig.nameservers[0]"])
    ok("host-alias-ipv6-zero-run-1-37",
       "ip.go GetWarningsForIP (RFC 5952: the zero run compressed), pod warnings.go (hostAliases)",
       pod(hostAliases=[{"ip": "2001:db8:0:0:0:0:0:1", "hostnames": ["db"]}]), version="1.37",
       warn=["spec.hostAliases[0].ip"])
    ok("host-alias-ipv6-canonical-1-37", "ip.go GetWarningsForIP (canonical IPv6: no warning)",
       pod(hostAliases=[{"ip": "2001:db8::1", "hostnames": ["db"]}]), version="1.37")
    ok("nameserver-ipv6-upper-case-1-32", "pod warnings.go before the IP warnings (1.32: no RFC 5952 warning)",
       pod(**dns(["2001:DB8::1"])), version="1.32")

    # ------------------------------------------------ the warnings come last, in this order
    # warningsForPodSpecAndMeta: duplicate hostAliases IPs early, the IP forms last; nameservers
    # before host aliases. 1.35: StrictIPCIDRValidation off, so a leading zero is a warning.
    ok("ip-warnings-order-1-35", "pod warnings.go (duplicate ip, then nameservers, then hostAliases)",
       pod(hostAliases=[{"ip": "010.0.0.5", "hostnames": ["a"]},
                        {"ip": "010.0.0.5", "hostnames": ["b"]}],
           **dns(["::ffff:10.0.0.1"])),
       version="1.35",
       warn=["spec.hostAliases[1].ip", "spec.dnsConfig.nameservers[0]",
             "spec.hostAliases[0].ip", "spec.hostAliases[1].ip"])

    # ------------------------------------------------ no warnings for a refused object
    # The strategies' WarningsOnCreate runs after validation has passed: a Pod refused for its
    # image gets its error and none of the IP warnings.
    bad("leading-zero-refused-pod-1-35", "pod warnings.go (not reached for an invalid Pod)",
        pod([c(image="")], hostAliases=[{"ip": "010.0.0.5", "hostnames": ["a"]}]),
        "spec.containers[0].image: Required value", version="1.35")

    # ------------------------------------------------ templates
    deployment = {
        "apiVersion": "apps/v1", "kind": "Deployment", "metadata": {"name": "web"},
        "spec": {"selector": {"matchLabels": {"app": "web"}},
                 "template": {"metadata": {"labels": {"app": "web"}},
                              "spec": dict(containers=[c()], **dns(["2001:DB8::53"]))}}}
    ok("deployment-nameserver-ipv6-upper-case-1-36",
       "GetWarningsForPodTemplate (warningsForPodSpecAndMeta at spec.template)",
       deployment, version="1.36", warn=["spec.template.spec.dnsConfig.nameservers[0]"])

    # ------------------------------------------------ strict parseIP
    # ip.go parseIP (v0.36.3): netip.ParseAddr refuses the leading zero, and the zero Addr it
    # returns is not Is4In6, so an IPv4-mapped address with a leading zero gets one error.
    bad("mapped-leading-zero-1-36", "ip.go parseIP (strict: leading 0s only)",
        pod(hostAliases=[{"ip": "::ffff:01.2.3.4", "hostnames": ["a"]}]),
        "spec.hostAliases[0].ip: Invalid value", version="1.36")
    bad("mapped-1-36", "ip.go parseIP (strict: IPv4-mapped)",
        pod(hostAliases=[{"ip": "::ffff:1.2.3.4", "hostnames": ["a"]}]),
        "spec.hostAliases[0].ip: Invalid value", version="1.36")
