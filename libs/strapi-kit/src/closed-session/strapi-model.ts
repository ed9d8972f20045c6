/**
 * The part of a Strapi model (`strapi.getModel(uid)`) the closed-session guard reads: typed
 * here because strapi-kit imports nothing of Strapi's at run time but `@strapi/strapi`.
 */
export interface StrapiModel {
  uid?: string;
  attributes: Readonly<Record<string, StrapiModelAttribute>>;
  pluginOptions?: { communes?: { confidentiality?: unknown } } & Record<string, unknown>;
}

export interface StrapiModelAttribute {
  type: string;
  /** A relation's target uid. */
  target?: string;
  relation?: string;
  mappedBy?: string;
  inversedBy?: string;
  /** A component's uid. */
  component?: string;
}

export type GetModel = (uid: string) => StrapiModel | undefined;
