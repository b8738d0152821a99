package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func extractTestdata(t *testing.T) (*Description, *Extractor) {
	t.Helper()
	x, err := Load("testdata/api", "testdata/apimachinery")
	if err != nil {
		t.Fatal(err)
	}
	x.Roots = []string{"core/v1.Widget"}
	d, err := x.Extract("1.99", Sources{API: "test a", APIMachinery: "test b"})
	if err != nil {
		t.Fatal(err)
	}
	return d, x
}

func typeNamed(t *testing.T, d *Description, name string) interface{} {
	t.Helper()
	for _, ty := range d.Types {
		switch v := ty.(type) {
		case *StructType:
			if v.Name == name {
				return v
			}
		case *AliasType:
			if v.Name == name {
				return v
			}
		case *LeafType:
			if v.Name == name {
				return v
			}
		}
	}
	t.Fatalf("type %s not listed", name)
	return nil
}

func fieldNamed(t *testing.T, s *StructType, name string) *Field {
	t.Helper()
	for _, f := range s.Fields {
		if f.Name == name {
			return f
		}
	}
	t.Fatalf("%s has no field %s", s.Name, name)
	return nil
}

func TestListsOnlyReachableTypesSorted(t *testing.T) {
	d, x := extractTestdata(t)
	var names []string
	for _, ty := range d.Types {
		data, _ := json.Marshal(ty)
		var n struct{ Name string }
		json.Unmarshal(data, &n)
		names = append(names, n.Name)
	}
	want := []string{"core/v1.Part", "core/v1.Policy", "core/v1.Probe", "core/v1.ProbeHandler",
		"core/v1.ResourceList", "core/v1.ResourceName", "core/v1.Widget", "core/v1.WidgetSpec",
		"meta/v1.ObjectMeta", "meta/v1.Time", "meta/v1.TypeMeta", "resource.Quantity", "types.UID"}
	if !reflect.DeepEqual(names, want) {
		t.Errorf("types\n got %v\nwant %v", names, want)
	}
	if len(x.Warnings) != 0 {
		t.Errorf("warnings: %v", x.Warnings)
	}
}

func TestEmbeddingAndStatus(t *testing.T) {
	d, _ := extractTestdata(t)
	w := typeNamed(t, d, "core/v1.Widget").(*StructType)
	var got []string
	for _, f := range w.Fields {
		got = append(got, f.Name+"|"+f.JSON+"|"+f.Type)
	}
	want := []string{"TypeMeta||meta/v1.TypeMeta", "ObjectMeta|metadata|meta/v1.ObjectMeta",
		"Spec|spec|core/v1.WidgetSpec", "Status|status|opaque"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Widget fields\n got %v\nwant %v", got, want)
	}
	if !w.Fields[0].Inline || w.Fields[1].Inline || !w.Fields[1].Optional || !w.Fields[1].Omitempty {
		t.Errorf("TypeMeta must be inline, ObjectMeta an optional omitempty field: %+v %+v", w.Fields[0], w.Fields[1])
	}
	p := typeNamed(t, d, "core/v1.Probe").(*StructType)
	if h := p.Fields[0]; h.Name != "ProbeHandler" || !h.Inline || h.JSON != "" || h.Doc != "The action taken." {
		t.Errorf("ProbeHandler embedding: %+v", h)
	}
	if w.Doc != "Widget is a kind. It has a second line.\n\nAnd a second paragraph." {
		t.Errorf("type doc %q", w.Doc)
	}
}

func TestFieldShapesAndMarkers(t *testing.T) {
	d, _ := extractTestdata(t)
	s := typeNamed(t, d, "core/v1.WidgetSpec").(*StructType)
	parts := fieldNamed(t, s, "Parts")
	if parts.Type != "[]core/v1.Part" || !parts.Omitempty || !parts.Optional || *parts.ListType != "map" ||
		!reflect.DeepEqual(parts.ListMapKeys, []string{"name", "port"}) || *parts.FeatureGate != "FirstGate" ||
		!reflect.DeepEqual(parts.FeatureGates, []string{"FirstGate", "SecondGate"}) {
		t.Errorf("Parts: %+v", parts)
	}
	if parts.Doc != "Parts, keyed by name and port." {
		t.Errorf("doc after --- must be dropped: %q", parts.Doc)
	}
	policy := fieldNamed(t, s, "Policy")
	if policy.Type != "*core/v1.Policy" || policy.Omitempty || policy.Optional || !policy.Required ||
		policy.FeatureGate != nil || policy.ListType != nil || policy.ListMapKeys == nil || policy.Doc != "Policy is an enum." {
		t.Errorf("Policy: %+v", policy)
	}
	old := fieldNamed(t, s, "OldPolicy")
	if !old.Deprecated || old.Default != "Always" || fieldNamed(t, s, "Count").Default != float64(1) || policy.Deprecated {
		t.Errorf("deprecated/default: %+v", old)
	}
	if f := fieldNamed(t, s, "Data"); f.Type != "[]byte" {
		t.Errorf("Data: %s", f.Type)
	}
	if f := fieldNamed(t, s, "B"); f.JSON != "B" || f.Type != "int32" {
		t.Errorf("B: %+v", f)
	}
	if f := fieldNamed(t, s, "NoTag"); f.JSON != "NoTag" {
		t.Errorf("NoTag: %+v", f)
	}
	for _, f := range s.Fields {
		if f.Name == "hidden" || f.Name == "Skipped" {
			t.Errorf("field %s must not be listed", f.Name)
		}
	}
	if f := typeNamed(t, d, "core/v1.Probe").(*StructType).Fields[1]; !reflect.DeepEqual(f.DocFeatureGates, []string{"FooBarBaz"}) {
		t.Errorf("doc gates: %v", f.DocFeatureGates)
	}
}

func TestAliasesEnumsAndLeaves(t *testing.T) {
	d, _ := extractTestdata(t)
	p := typeNamed(t, d, "core/v1.Policy").(*AliasType)
	want := []interface{}{"Always", "Never", "OnFailure"}
	if p.Underlying != "string" || !reflect.DeepEqual(p.Enum, want) || !reflect.DeepEqual(p.Consts, want) {
		t.Errorf("Policy: %+v", p)
	}
	r := typeNamed(t, d, "core/v1.ResourceName").(*AliasType)
	if len(r.Enum) != 0 || !reflect.DeepEqual(r.Consts, []interface{}{"cpu"}) {
		t.Errorf("ResourceName: enum %v consts %v", r.Enum, r.Consts)
	}
	l := typeNamed(t, d, "core/v1.ResourceList").(*AliasType)
	if l.Underlying != "map[core/v1.ResourceName]resource.Quantity" {
		t.Errorf("ResourceList: %s", l.Underlying)
	}
	if q := typeNamed(t, d, "resource.Quantity").(*LeafType); q.Kind != "leaf" || q.Doc != "Quantity is a fixed-point number." {
		t.Errorf("Quantity: %+v", q)
	}
	if _, ok := typeNamed(t, d, "meta/v1.Time").(*LeafType); !ok {
		t.Errorf("Time must be a leaf")
	}
}

func TestOutputPassesCheckAndCheckCatchesDanglingNames(t *testing.T) {
	d, _ := extractTestdata(t)
	data, err := encode(d)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "d.json")
	os.WriteFile(file, data, 0o644)
	rd, _, err := readDesc(file)
	if err != nil {
		t.Fatal(err)
	}
	if probs := checkDesc(rd); len(probs) != 0 {
		t.Errorf("check: %v", probs)
	}
	if !strings.Contains(string(data), "\n  \"types\": [\n    {\n      \"name\": \"core/v1.Part\",\n      \"kind\": \"struct\",") {
		t.Errorf("key order or indent changed:\n%.300s", data)
	}
	broken := strings.Replace(string(data), `"type": "core/v1.WidgetSpec"`, `"type": "core/v1.Missing"`, 1)
	os.WriteFile(file, []byte(broken), 0o644)
	rd, _, _ = readDesc(file)
	probs := strings.Join(checkDesc(rd), "\n")
	if !strings.Contains(probs, "core/v1.Widget.Spec refers to core/v1.Missing, which is not listed") ||
		!strings.Contains(probs, "core/v1.WidgetSpec is listed but not reachable from the roots") {
		t.Errorf("check missed the dangling name:\n%s", probs)
	}
}

func TestFixtureWalkReportsUnknownKeysAndShapes(t *testing.T) {
	d, _ := extractTestdata(t)
	data, _ := encode(d)
	var rd rDesc
	json.Unmarshal(data, &rd)
	var v interface{}
	json.Unmarshal([]byte(`{"kind":"Widget","metadata":{"name":"a","uid":"u"},"status":{"any":1},
		"spec":{"parts":[{"name":"x","port":"80"}],"probe":{"exec":"e","periodSeconds":1,"typo":true},
		"limits":{"cpu":"1"},"data":"AAEC","A":1,"B":2,"NoTag":"n","policy":"Never","oldPolicy":"Always","count":3}}`), &v)
	w := newWalker(&rd)
	w.walk("core/v1.Widget", "core/v1.Widget", v)
	if !reflect.DeepEqual(w.unknown, []string{"core/v1.Widget.spec.probe.typo"}) {
		t.Errorf("unknown: %v", w.unknown)
	}
	if len(w.shape) != 1 || !strings.Contains(w.shape[0], "spec.parts[0].port: want number") {
		t.Errorf("shape: %v", w.shape)
	}
	if got := w.unseen("core/v1.Widget"); !reflect.DeepEqual(got,
		[]string{"meta/v1.ObjectMeta.CreationTimestamp", "meta/v1.TypeMeta.APIVersion"}) {
		t.Errorf("unseen: %v", got)
	}
}

func TestCleanDoc(t *testing.T) {
	got := cleanDoc([]string{"  First   line", "second\tline", "", "", "+optional", "Second para.",
		"TODO: internal", "--- ", "cut"})
	if want := "First line second line\n\nSecond para."; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

func TestMarkersOnOneLine(t *testing.T) {
	m := parseMarkers([]string{"doc", "+featureGate=PodCertificateProjection +optional",
		`+k8s:alpha(since: "1.36")=+k8s:optional`, "+listMapKey=a"})
	if got := m.values("featureGate"); !reflect.DeepEqual(got, []string{"PodCertificateProjection"}) {
		t.Errorf("featureGate %v", got)
	}
	if !m.has("optional") || m.has("k8s:optional") || !reflect.DeepEqual(m.values("listMapKey"), []string{"a"}) {
		t.Errorf("markers %q", m.lines)
	}
}
