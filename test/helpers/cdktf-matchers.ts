// cdktf's jest matchers (toHaveResourceWithProperties, ...), for the construct tests that use them;
// imported by those files only, since loading the CDK core costs every other test file ~0.1 s of
// CPU. Under the cdktn project the module alias makes this load cdktn's identical matchers.
import { Testing } from "cdktf";
import "cdktf/lib/testing/adapters/jest";

Testing.setupJest();
