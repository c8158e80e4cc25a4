/**
 * `data "conductorone_user"`: the official provider searches users and takes
 * the first hit; none is the error "Missing response body array data". The
 * stand-in searches its seeded users: `email` exact (case-sensitive, as
 * documented), `ids`, `query` (substring of email or display name).
 */
import { attr, defineDataSource, types } from "../../../tfplugin";
import type { StandinContext } from "../context";
import { StandinNoMatchError } from "../errors";

const idRefs = attr.nested("list", { id: attr.string({ optional: true }) }, { optional: true });
const stringList = () => attr.list(types.string, { optional: true });

export const dataUser = defineDataSource<StandinContext>()({
  schema: {
    attributes: {
      email: attr.string({ optional: true, computed: true }),
      query: attr.string({ optional: true }),
      ids: stringList(),
      refs: idRefs,
      role_ids: stringList(),
      user_statuses: stringList(),
      exclude_ids: stringList(),
      exclude_types: stringList(),
      id: attr.string({ computed: true }),
      display_name: attr.string({ computed: true }),
      status: attr.string({ computed: true }),
      username: attr.string({ computed: true }),
      type: attr.string({ computed: true }),
      department: attr.string({ computed: true }),
      job_title: attr.string({ computed: true }),
      employment_status: attr.string({ computed: true }),
      directory_status: attr.string({ computed: true }),
      emails: attr.list(types.string, { computed: true }),
      created_at: attr.string({ computed: true }),
      updated_at: attr.string({ computed: true }),
      deleted_at: attr.string({ computed: true }),
    },
  },
  async read({ config, ctx }) {
    const wantedIds = [...(config.ids ?? []), ...(config.refs ?? []).map((r) => r.id).filter((id): id is string => id !== null)];
    const query = config.query?.toLowerCase() ?? null;
    const hit = ctx.store.read().users.find(
      (u) =>
        (config.email === null || u.email === config.email) &&
        (wantedIds.length === 0 || wantedIds.includes(u.id)) &&
        !(config.exclude_ids ?? []).includes(u.id) &&
        (query === null || u.email.toLowerCase().includes(query) || (u.display_name ?? "").toLowerCase().includes(query)) &&
        (config.user_statuses === null || config.user_statuses.includes(u.status)),
    );
    if (!hit) {
      const filter = config.email !== null ? `email "${config.email}"` : query !== null ? `query "${config.query}"` : "the given filters";
      throw new StandinNoMatchError("user", filter);
    }
    return {
      email: hit.email,
      id: hit.id,
      display_name: hit.display_name,
      status: hit.status,
      username: hit.username,
      type: hit.type,
      department: hit.department,
      job_title: hit.job_title,
      employment_status: null,
      directory_status: "DIRECTORY_STATUS_ENABLED",
      emails: [hit.email],
      created_at: hit.created_at,
      updated_at: hit.created_at,
      deleted_at: null,
    };
  },
});
