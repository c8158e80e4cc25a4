/**
 * The one module that names the CDK core. Every other file in constructs/ imports
 * from here, so switching to CDK Terrain is a package alias (`cdktf@npm:cdktn@^0.24`),
 * never an edit. Only the cdktf 0.21 API subset may be used (cdktn 0.24 is a superset).
 */
export * from "cdktf";
