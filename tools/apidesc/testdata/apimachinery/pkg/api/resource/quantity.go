// Hand-written miniature of apimachinery's resource package for the extractor tests.
package resource

// Quantity is a fixed-point number.
type Quantity struct {
	i int64
}
