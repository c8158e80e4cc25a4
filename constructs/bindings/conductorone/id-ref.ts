import * as cdktf from "../../core";
import { definedHclAttributes } from "../hcl-attributes";

/** `{ id }` object used by several ConductorOne filters (`refs`, `policy_refs`). */
export interface IdRef {
  /**
   * The referenced id.
   *
   * @default - unset
   */
  readonly id?: string;
}

export function idRefToTerraform(struct?: IdRef | cdktf.IResolvable): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  return { id: cdktf.stringToTerraform((struct as IdRef).id) };
}

export function idRefToHclTerraform(struct?: IdRef | cdktf.IResolvable): unknown {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) return struct;
  return definedHclAttributes({
    id: { value: cdktf.stringToHclTerraform((struct as IdRef).id), isBlock: false, type: "simple", storageClassType: "string" },
  });
}
