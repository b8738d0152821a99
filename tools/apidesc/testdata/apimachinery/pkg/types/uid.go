// Hand-written miniature of apimachinery's types package for the extractor tests.
package types

// UID holds unique IDs.
type UID string
