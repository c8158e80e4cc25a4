import { version } from "../package.json";

/** The package version; also the version of the bundled Terraform provider. */
export const VERSION: string = version;
