// A hand-written miniature of an API package, shaped like k8s.io/api/core/v1, for the extractor
// tests. It is never compiled (testdata is ignored by the go tool).
package v1

import (
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
)

// +genclient
// +k8s:deepcopy-gen:interfaces=k8s.io/apimachinery/pkg/runtime.Object

// Widget is a kind.
// It has a second line.
//
// And a second paragraph.
// +k8s:supportsSubresource="/status"
type Widget struct {
	metav1.TypeMeta `json:",inline"`
	// Standard object metadata.
	// +optional
	metav1.ObjectMeta `json:"metadata,omitempty" protobuf:"bytes,1,opt,name=metadata"`

	// Spec of the widget.
	Spec WidgetSpec `json:"spec"`

	// Status is not described.
	// +optional
	Status WidgetStatus `json:"status,omitempty"`
}

// WidgetSpec has one of each shape.
type WidgetSpec struct {
	// Parts, keyed by name and port.
	// ---
	// TODO: this line is not documentation.
	// +optional
	// +listType=map
	// +listMapKey=name
	// +listMapKey=port
	// +featureGate=FirstGate
	// +featureGate=SecondGate
	Parts []Part `json:"parts,omitempty"`
	// Policy is an enum.
	// TODO: drop this note
	// +required
	Policy *Policy `json:"policy"`
	// Limits of the widget.
	Limits ResourceList `json:"limits,omitempty"`
	// Data is raw bytes.
	Data []byte `json:"data,omitempty"`
	// Probe embeds its handler.
	Probe *Probe `json:"probe,omitempty"`
	// A, B share a declaration.
	A, B int32
	// NoTag is serialized under its Go name.
	NoTag  string
	hidden string
	// OldPolicy is the old name of Policy.
	// Deprecated: use policy.
	// +default=ref(PolicyAlways)
	OldPolicy Policy `json:"oldPolicy,omitempty"`
	// Count has a default.
	// +default=1
	Count *int32 `json:"count,omitempty"`
	// Skipped is not serialized.
	Skipped string `json:"-"`
}

// Part is a list element.
type Part struct {
	Name string `json:"name"`
	Port int32  `json:"port"`
}

// Policy says what happens.
// +enum
type Policy string

const (
	// PolicyNever never.
	PolicyNever     Policy = "Never"
	PolicyAlways    Policy = "Always"
	policyPrefix           = "On"
	PolicyOnFailure Policy = policyPrefix + "Failure"
	PolicyAgain     Policy = PolicyAlways
)

// ResourceName is not an enum, but has constants.
type ResourceName string

const ResourceCPU ResourceName = "cpu"

// ResourceList is a map alias.
type ResourceList map[ResourceName]resource.Quantity

// Probe embeds ProbeHandler.
type Probe struct {
	// The action taken.
	ProbeHandler `json:",inline"`
	// How often, in the FooBarBaz feature gate.
	PeriodSeconds int32 `json:"periodSeconds,omitempty"`
}

// ProbeHandler is embedded.
type ProbeHandler struct {
	// Exec runs a command.
	Exec *string `json:"exec,omitempty"`
}

// WidgetStatus must not be listed.
type WidgetStatus struct {
	Phase string `json:"phase,omitempty"`
}
