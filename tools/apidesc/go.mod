module podwright.dev/tools/apidesc

go 1.19
