// Hand-written miniature of meta/v1 for the extractor tests.
package v1

import "k8s.io/apimachinery/pkg/types"

// TypeMeta describes an individual object.
type TypeMeta struct {
	// Kind of the object.
	// +optional
	Kind string `json:"kind,omitempty"`
	// APIVersion of the object.
	// +optional
	APIVersion string `json:"apiVersion,omitempty"`
}

// ObjectMeta is metadata.
type ObjectMeta struct {
	// Name of the object.
	Name string `json:"name,omitempty"`
	// UID of the object.
	UID types.UID `json:"uid,omitempty"`
	// CreationTimestamp is a leaf.
	CreationTimestamp Time `json:"creationTimestamp,omitempty"`
}

// Time is a leaf: it has its own JSON form.
type Time struct {
	Time string `json:"-"`
}
