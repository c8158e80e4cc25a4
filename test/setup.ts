// Registers cdktf's jest matchers (toHaveResourceWithProperties, ...). Under the
// cdktn project the module alias makes this load cdktn's identical matchers.
import { Testing } from "cdktf";
import "cdktf/lib/testing/adapters/jest";

Testing.setupJest();
