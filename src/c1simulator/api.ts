import { ApiContext, ApiError, badRequest, GRPC, type ApiAnswer, type Handler } from "./api/context";
import { registerApps } from "./api/apps";
import { registerConnectors } from "./api/connectors";
import { registerCredentials } from "./api/credentials";
import { registerOwners } from "./api/owners";
import { registerUsers } from "./api/users";
import { PageTokenError } from "./paging";

/**
 * The REST routes of the simulated tenant (reference §2: methods, paths and field names of
 * terraform-provider-conductorone v1.5.0), one module per area under `api/`: apps and app
 * entitlements, users, connectors, connector credentials, connector owners (v2). This router
 * matches a path to its handler: a known path with another method is 405, an unknown one 404.
 */

export { ApiError, type ApiAnswer } from "./api/context";

export class TenantApi {
  readonly #routes: Array<{ method: string; pattern: RegExp; handler: Handler }> = [];

  constructor(ctx: ApiContext) {
    const register = (method: string, path: string, handler: Handler): void => {
      this.#routes.push({ method, pattern: new RegExp(`^${path}$`), handler });
    };
    // Literal paths first: "/api/v1/apps/connectors/credentials" is not app "connectors".
    registerCredentials(register, ctx);
    registerApps(register, ctx);
    registerUsers(register, ctx);
    registerConnectors(register, ctx);
    registerOwners(register, ctx);
  }

  /** Route a request; throws ApiError for anything but a 200. */
  handle(method: string, path: string, query: URLSearchParams, body: unknown): ApiAnswer {
    let pathMatched = false;
    for (const route of this.#routes) {
      const match = route.pattern.exec(path);
      if (!match) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params = match.slice(1).map((p) => decodeURIComponent(p));
      try {
        return route.handler(params, query, body);
      } catch (error) {
        if (error instanceof PageTokenError) throw badRequest(error.message);
        throw error;
      }
    }
    if (pathMatched) throw new ApiError(405, GRPC.unimplemented, `method ${method} not allowed`);
    throw new ApiError(404, GRPC.notFound, "Not Found");
  }
}

export { ApiContext };
