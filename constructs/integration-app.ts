import type { Construct } from "constructs";
import { App as ConductoroneApp } from "./bindings/conductorone/app";
import { DataConductoroneApp } from "./bindings/conductorone/data-conductorone-app";
import type { ITerraformDependable, TerraformProvider } from "./core";
import { ksuidProblems } from "./conductorone-ids";
import { isBlank, quote } from "./prop-values";

export interface CreateIntegrationAppOptions {
  /** Display name of the new app (required, non-empty). */
  readonly displayName: string;
  /**
   * Description of the new app.
   *
   * @default - none
   */
  readonly description?: string;
}

export type AppSpec =
  | { readonly kind: "id"; readonly appId: string }
  | { readonly kind: "lookup"; readonly displayName: string }
  | { readonly kind: "create"; readonly displayName: string; readonly description?: string };

/**
 * Which ConductorOne app the Twingate integration belongs to. Use one factory:
 * `fromId` (an app you already know), `fromDisplayName` (look up the app your IdP
 * integration created — ConductorOne's advice for Twingate), or `create` (a new app).
 */
export class IntegrationApp {
  /**
   * An existing app by id: a token, or a literal ConductorOne id (a KSUID, checked at synth). The
   * app must exist: the `conductorone_app` data source reads it by id at plan (`app_ids`), so a
   * missing app fails the plan ("Missing response body array data") before anything changes.
   */
  public static fromId(appId: string): IntegrationApp {
    return new IntegrationApp({ kind: "id", appId });
  }

  /** An existing app found at plan time by display name (case-insensitive, first match) with the `conductorone_app` data source. */
  public static fromDisplayName(displayName: string): IntegrationApp {
    return new IntegrationApp({ kind: "lookup", displayName });
  }

  /** A new app managed by this stack (`conductorone_app`). */
  public static create(options: CreateIntegrationAppOptions): IntegrationApp {
    return new IntegrationApp({ kind: "create", displayName: options?.displayName, description: options?.description });
  }

  private constructor(public readonly spec: AppSpec) {}

  /** Problems with the chosen app, phrased for the props error list. */
  public problems(): string[] {
    const spec = this.spec;
    switch (spec.kind) {
      case "id":
        return ksuidProblems("app id", "app", spec.appId);
      case "lookup":
        return isBlank(spec.displayName) ? [`app display name to look up must not be empty, got ${quote(spec.displayName)}`] : [];
      case "create":
        return isBlank(spec.displayName) ? [`app display name of the new app must not be empty, got ${quote(spec.displayName)}`] : [];
    }
  }

  /**
   * Creates what the choice needs under `scope` and returns the app id (a token). A created app
   * waits for `dependsOn` (the credential check), so nothing is created in ConductorOne before the
   * key is proven; an existing app (by id or by display name) is read with the `conductorone_app`
   * data source, which must not wait (a data source with depends_on is read at apply, not plan),
   * and the id returned is the data source's, so whatever uses it waits for that read.
   */
  public bind(scope: Construct, provider: TerraformProvider | undefined, dependsOn: ITerraformDependable[] = []): string {
    const spec = this.spec;
    switch (spec.kind) {
      case "id":
        // The real schema's only id filter is `app_ids` (search/apps restricted to those ids); the
        // data source takes the first hit and fails on none, so an app that does not exist fails the plan.
        return new DataConductoroneApp(scope, "App", { appIds: [spec.appId], provider }).id;
      case "lookup":
        return new DataConductoroneApp(scope, "App", { displayName: spec.displayName, provider }).id;
      case "create":
        return new ConductoroneApp(scope, "App", {
          displayName: spec.displayName,
          description: spec.description,
          provider,
          dependsOn: dependsOn.length > 0 ? dependsOn : undefined,
        }).id;
    }
  }
}
