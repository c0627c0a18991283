/**
 * The Custom Elements Manifest as Storybook's docs read it. Storybook keys every row of an
 * element's table by its bare name, across categories, so a part named like an attribute
 * (`<kpi-progress>` has both a `label` attribute and a `label` part) would replace it, and it
 * lists every member, private ones included, and no unnamed (default) slot. So: parts are
 * named as a style sheet names them (`::part(label)`), the default slot is named, and only
 * public instance fields are properties.
 */
interface Item {
  name: string;
  kind?: string;
  privacy?: string;
  static?: boolean;
}
interface Declaration {
  tagName?: string;
  members?: Item[];
  cssParts?: Item[];
  slots?: Item[];
}
interface Manifest {
  modules: { declarations?: Declaration[] }[];
}

export function forStorybook<M extends Manifest>(manifest: M): M {
  return {
    ...manifest,
    modules: manifest.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        declaration.tagName
          ? {
              ...declaration,
              members: declaration.members?.filter(
                (member) =>
                  member.kind === 'field' && !member.static && member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('#'),
              ),
              cssParts: declaration.cssParts?.map((part) => ({ ...part, name: `::part(${part.name})` })),
              slots: declaration.slots?.map((slot) => ({ ...slot, name: slot.name || '(default)' })),
            }
          : declaration,
      ),
    })),
  };
}
