// Resolves a document's entities and entity references against itself and the graph:
// by id (including ids merged away), then by name or alias key. Collects problems instead of throwing.
import type { EntityKind } from '../domain/vocabulary.js';
import { ENTITY_ID_KINDS, isWellFormedId, PREFIX_OF } from '../domain/ids.js';
import { ENTITY_KIND_INPUTS, type Document, type Problem } from './document.js';
import { deriveEntityId, nameKey, nameKeys } from '../domain/names.js';

export interface GraphEntity {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
  description: string | null;
  keys: string[];
  /** Set when the graph knows this entity under a merged-away id. */
  mergedId: string | null;
}

export interface ResolvedEntity {
  index: number;
  id: string;
  kind: EntityKind;
  action: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  matchedBy: 'ID' | 'NAME' | 'ALIAS' | null;
  name: string;
  /** Aliases to add (for a match: only the new ones). */
  aliases: string[];
  keys: string[];
  description: string | null;
  date: string | null;
  approximateDate: string | null;
  location: string | null;
}

export class EntityResolver {
  readonly problems: Problem[] = [];
  readonly entities: ResolvedEntity[] = [];
  private readonly graphById = new Map<string, GraphEntity>();
  private readonly graphByKey = new Map<string, GraphEntity[]>();
  private readonly docByKey = new Map<string, ResolvedEntity[]>();
  private readonly kinds = new Map<string, EntityKind>();

  constructor(document: Document, graph: GraphEntity[]) {
    const keyed = new Set<string>();
    for (const entity of graph) {
      this.graphById.set(entity.mergedId ?? entity.id, entity);
      this.graphById.set(entity.id, entity);
      this.kinds.set(entity.id, entity.kind);
      // A survivor found both by name and by a merged-away id comes twice; key it once, or its names are "ambiguous".
      if (keyed.has(entity.id)) continue;
      keyed.add(entity.id);
      for (const key of entity.keys) this.graphByKey.set(key, [...(this.graphByKey.get(key) ?? []), entity]);
    }
    const creating = document.options.unresolvedEntities === 'CREATE';
    document.entities.forEach((input, index) => {
      const kind = ENTITY_KIND_INPUTS[input.kind];
      const path = `entities[${index}]`;
      const match = this.matchListed(input.id, kind, input.name, input.aliases, path);
      if (match === 'PROBLEM') return;
      const keys = nameKeys(input.name, input.aliases);
      const base = {
        index,
        kind,
        keys,
        description: input.description ?? null,
        date: input.date ?? null,
        approximateDate: input.approximateDate ?? null,
        location: input.location ?? null,
      };
      let resolved: ResolvedEntity;
      if (match) {
        const existing = new Set(match.entity.keys);
        const fresh = [input.name, ...input.aliases].filter((a) => !existing.has(nameKey(a)));
        const changed = fresh.length > 0 || (base.description !== null && match.entity.description === null);
        resolved = {
          ...base,
          id: match.entity.id,
          name: match.entity.name,
          aliases: fresh,
          action: changed ? 'UPDATE' : 'UNCHANGED',
          matchedBy: match.by,
        };
      } else if (creating) {
        const id = input.id ?? deriveEntityId(PREFIX_OF[kind], input.name);
        resolved = { ...base, id, name: input.name, aliases: input.aliases, action: 'CREATE', matchedBy: null };
      } else {
        this.problems.push({ path, message: `unknown entity "${input.name}" (options.unresolvedEntities is REPORT)` });
        return;
      }
      this.entities.push(resolved);
      this.kinds.set(resolved.id, kind);
      for (const key of keys) this.docByKey.set(key, [...(this.docByKey.get(key) ?? []), resolved]);
    });
  }

  /** The entity id a reference names, or undefined after recording a problem at `path`. */
  resolve(ref: string, path: string): string | undefined {
    if (isWellFormedId(ref)) {
      const kind = ref.slice(0, ref.indexOf(':'));
      if (!ENTITY_PREFIXES.has(kind)) {
        this.problems.push({
          path,
          message: `must name an entity: an entity id (person:, institution:, track: or event:) or a name, not the ${kind} id "${ref}"`,
        });
        return undefined;
      }
      const listed = this.entities.find((e) => e.id === ref);
      const id = listed?.id ?? this.graphById.get(ref)?.id;
      if (!id) this.problems.push({ path, message: `unknown entity "${ref}"` });
      return id;
    }
    const key = nameKey(ref);
    const listed = unique((this.docByKey.get(key) ?? []).map((e) => e.id));
    const inGraph = unique((this.graphByKey.get(key) ?? []).map((e) => e.id));
    const ids = listed.length > 0 ? listed : inGraph;
    if (ids.length === 1) return ids[0];
    this.problems.push({
      path,
      message: ids.length === 0 ? `unknown entity "${ref}"` : `ambiguous entity "${ref}": ${ids.join(', ')}`,
    });
    return undefined;
  }

  kindOf(id: string): EntityKind | undefined {
    return this.kinds.get(id);
  }

  private matchListed(
    id: string | undefined,
    kind: EntityKind,
    name: string,
    aliases: string[],
    path: string,
  ): { entity: GraphEntity; by: 'ID' | 'NAME' | 'ALIAS' } | null | 'PROBLEM' {
    const byId = id ? this.graphById.get(id) : undefined;
    const derived = this.graphById.get(deriveEntityId(PREFIX_OF[kind], name));
    const sameKind = (e: GraphEntity) => e.kind === kind;
    const byName = (this.graphByKey.get(nameKey(name)) ?? []).filter(sameKind);
    const byAlias = unique(aliases.flatMap((a) => (this.graphByKey.get(nameKey(a)) ?? []).filter(sameKind)));
    const [entity, by] = byId
      ? [byId, 'ID' as const]
      : byName.length > 0
        ? [byName, 'NAME' as const]
        : byAlias.length > 0
          ? [byAlias, 'ALIAS' as const]
          : derived && sameKind(derived) && !id
            ? [derived, 'ID' as const]
            : [null, null];
    if (entity === null || by === null) return null;
    if (Array.isArray(entity)) {
      if (entity.length > 1) {
        this.problems.push({ path: `${path}.name`, message: `ambiguous entity "${name}": ${entity.map((e) => e.id).join(', ')}` });
        return 'PROBLEM';
      }
      return { entity: entity[0]!, by };
    }
    if (entity.kind !== kind) {
      this.problems.push({ path: `${path}.kind`, message: `${entity.id} is a ${entity.kind}, not ${article(kind)} ${kind}` });
      return 'PROBLEM';
    }
    return { entity, by };
  }
}

const ENTITY_PREFIXES = new Set<string>(ENTITY_ID_KINDS);
const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}
