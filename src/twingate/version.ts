import packageJson from "../../package.json";

/** Sent as the User-Agent so Twingate can tell this client's traffic apart. */
export const CLIENT_VERSION: string = packageJson.version;
export const USER_AGENT = `cdktf-twingate-conductorone/${CLIENT_VERSION}`;
