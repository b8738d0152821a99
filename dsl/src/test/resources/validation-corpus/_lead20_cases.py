"""Cases of the lead's work in stop 25 (issue 10), imported by _generate.py.

The overlapping-path warnings of 1.31 and 1.32: warningsForOverlappingVirtualPaths of
pkg/api/pod/warnings.go in its 1.31/1.32-era copy (1853742d), which checks each path against
the earlier ones with checkForOverlap (`strings.HasPrefix(item+"/", path)` or the reverse, so
a string prefix collides), and checks a projected source's paths a second time sorted together
with every earlier source's, under that source's message. Expected warnings are written by
hand from that source; cases where its Go-set iteration order would decide are left out. The
1.33 rewrite (co63oc/kubernetes 9beefa00) compares whole path segments. File names start with
"valid-lead20-" (accepted, with warnings).
"""


def add(named, pod, c):
    bad, ok = named("lead20")
    src = "pkg/api/pod/warnings.go warningsForOverlappingVirtualPaths (1.31/1.32 copy)"

    def config_map(*paths, name="settings"):
        return {"name": "cfg", "configMap": {"name": name, "items": [
            {"key": "k%d" % i, "path": p} for i, p in enumerate(paths)]}}

    nested = pod(volumes=[config_map("conf", "conf/extra")])
    for v in ("1.31", "1.32"):
        ok("overlap-config-map-nested-" + v.replace(".", "-"), src, nested, version=v,
           warn=['volume "cfg" (ConfigMap "settings"): overlapping paths: "conf/extra" with "conf"'])
    prefix = pod(volumes=[config_map("config", "config.yaml")])
    ok("overlap-string-prefix-1-31", src + " (a string prefix collides)", prefix, version="1.31",
       warn=['volume "cfg" (ConfigMap "settings"): overlapping paths: "config.yaml" with "config"'])
    ok("no-overlap-string-prefix-1-33", "warningsForOverlappingVirtualPaths (1.33: whole segments)",
       prefix, version="1.33")
    ok("overlap-trailing-slash-1-32", src + " (trailing slashes cut first)",
       pod(volumes=[config_map("data/", "data/x")]), version="1.32",
       warn=['volume "cfg" (ConfigMap "settings"): overlapping paths: "data/x" with "data"'])
    ok("overlap-secret-same-path-1-32", src + " (secret items, one path twice)",
       pod(volumes=[{"name": "certs", "secret": {"secretName": "tls", "items": [
           {"key": "tls.crt", "path": "tls"}, {"key": "tls.key", "path": "tls"}]}}]),
       version="1.32",
       warn=['volume "certs" (Secret "tls"): overlapping paths: "tls" with "tls"'])
    ok("overlap-downward-api-1-31", src + " (downwardAPI items)",
       pod(volumes=[{"name": "info", "downwardAPI": {"items": [
           {"path": "labels", "fieldRef": {"fieldPath": "metadata.labels"}},
           {"path": "labels.txt", "fieldRef": {"fieldPath": "metadata.name"}}]}}]),
       version="1.31",
       warn=['volume "info" (DownwardAPI): overlapping paths: "labels.txt" with "labels"'])
    ok("no-overlap-distinct-1-31", src + " (no path is a prefix of another)",
       pod(volumes=[config_map("a.conf", "b.conf", "c/d.conf")]), version="1.31")
    # Projected: the token's path is checked alone, then the config map's, then the sorted
    # ["token", "token"] of both under the config map's message.
    token_then_map = pod(volumes=[{"name": "creds", "projected": {"sources": [
        {"serviceAccountToken": {"path": "token"}},
        {"configMap": {"name": "ca", "items": [{"key": "t", "path": "token"}]}}]}}])
    ok("overlap-projected-across-sources-1-31", src + " (projected, two sources)",
       token_then_map, version="1.31",
       warn=['volume "creds" (Projected ConfigMap "ca"): overlapping paths: "token" with "token"'])
    # A source without paths of its own keeps the previous source's paths and message.
    stale = pod(volumes=[{"name": "creds", "projected": {"sources": [
        {"serviceAccountToken": {"path": "token"}}, {"configMap": {"name": "ca"}}]}}])
    ok("overlap-projected-stale-paths-1-32", src + " (sourcePaths outlives its source)", stale,
       version="1.32",
       warn=['volume "creds" (Projected ServiceAccountToken): overlapping paths: "token" with "token"'])
    # Within one projected source the second, sorted pass repeats the first pass's text, which
    # the warning recorder drops.
    ok("overlap-projected-within-source-1-31", src + " (one text, recorded once)",
       pod(volumes=[{"name": "cfg", "projected": {"sources": [
           {"configMap": {"name": "settings", "items": [
               {"key": "a", "path": "conf"}, {"key": "b", "path": "conf/extra"}]}}]}}]),
       version="1.31",
       warn=['volume "cfg" (Projected ConfigMap "settings"): overlapping paths: "conf/extra" with "conf"'])
