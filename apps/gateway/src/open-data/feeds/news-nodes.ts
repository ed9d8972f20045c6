/** The fields of a NewsItem the feeds and JSON-LD read (see NEWS_SELECTION). */
export interface NewsNode {
  id: string;
  locale: string | null;
  headline: string | null;
  summary: string | null;
  body: string | null;
  datePublished: string | null;
  updatedAt: string | null;
  topics: string[];
  image: {
    url: string;
    mime: string | null;
    size: number | null;
    alternativeText: string | null;
    width: number | null;
    height: number | null;
  } | null;
  relatedLinks: { label: string | null; url: string | null }[];
  town: { code: string; name: string; url: string };
}

export const NEWS_SELECTION =
  'id locale headline summary body datePublished updatedAt topics image { url mime size alternativeText width height } relatedLinks { label url } town { code name url }';
