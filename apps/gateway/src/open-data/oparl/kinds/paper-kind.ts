import { contentTypeNamed, isConfidentialEntry } from '@communes/domain';
import type { Paper } from '../../../schema/generated/graphql-types';
import type { NodeBase, OparlKind, Ref } from '../oparl-kind';
import { filesOf, MEDIA_SELECTION, toOparlFile, type MediaNode } from '../to-oparl-file';
import { toOparlObject, urlList } from '../to-oparl-object';
import { vocabularyLabel } from '../vocabulary-label';
import { agendaItemKind } from './agenda-item-kind';
import { CONSULTED_ITEM_SELECTION, toOparlConsultation, type ConsultedItemNode } from '../to-oparl-consultation';

export type PaperNode = NodeBase &
  Partial<Pick<Paper, 'name' | 'reference' | 'date' | 'paperType'>> & {
    mainFile?: MediaNode | null;
    auxiliaryFiles?: MediaNode[] | null;
    originatorPersons?: Ref[] | null;
    originatorOrganizations?: Ref[] | null;
    relatedPapers?: Ref[] | null;
    relatedFrom?: Ref[] | null;
    superordinatedPaper?: Ref | null;
    subordinatedPapers?: Ref[] | null;
    /** The items it was heard under or adopted on, which `embed` reads. */
    consultedItems?: ConsultedItemNode[] | null;
  };

type ItemWithPapers = ConsultedItemNode & { papers?: Ref[] | null };

const PAPER_MEDIA_SELECTION = `mainFile ${MEDIA_SELECTION} auxiliaryFiles ${MEDIA_SELECTION}`;

export const paperKind: OparlKind<PaperNode> = {
  segment: 'papers',
  type: contentTypeNamed('paper'),
  selection: `documentId createdAt updatedAt locale name reference date paperType ${PAPER_MEDIA_SELECTION}
    originatorPersons { documentId } originatorOrganizations { documentId } relatedPapers { documentId } relatedFrom { documentId }
    superordinatedPaper { documentId } subordinatedPapers { documentId }`,
  files: { selection: PAPER_MEDIA_SELECTION, of: (node) => filesOf([node.mainFile, node.auxiliaryFiles]) },
  async embed(load, nodes) {
    if (!nodes.length) return;
    // The model keeps both relations: the papers heard under an item, and its decision.
    const ids = { in: nodes.map((n) => n.documentId) };
    const items = await load<ItemWithPapers>(
      agendaItemKind.type,
      { or: [{ papers: { documentId: ids } }, { decision: { documentId: ids } }] },
      `${CONSULTED_ITEM_SELECTION} papers { documentId }`,
    );
    // A closed-session item withholds its papers: the town should not have answered it, and
    // if it did, its consultation is no more published than its decision.
    const open = items.filter((item) => !isConfidentialEntry(agendaItemKind.type, item));
    for (const node of nodes) {
      node.consultedItems = open.filter(
        (item) => item.decision?.documentId === node.documentId || (item.papers ?? []).some((p) => p.documentId === node.documentId),
      );
    }
  },
  toOparl(node, context) {
    const { urls, town, omitInternal } = context;
    const owner = { segment: 'papers' as const, node };
    const paper = (ref: Ref) => urls.object(town, 'papers', ref.documentId);
    return toOparlObject('Paper', paper(node), node, {
      body: urls.body(town),
      name: node.name,
      reference: node.reference,
      date: node.date,
      paperType: vocabularyLabel('paper', 'paperType', node.paperType, node.locale),
      // Our relation is one-way in the model; OParl's is symmetric.
      relatedPaper: urlList([...(node.relatedPapers ?? []), ...(node.relatedFrom ?? [])].map(paper)),
      superordinatedPaper: node.superordinatedPaper ? [paper(node.superordinatedPaper)] : undefined,
      subordinatedPaper: (node.subordinatedPapers ?? []).map(paper),
      mainFile: node.mainFile && !omitInternal ? toOparlFile(node.mainFile, owner, context) : undefined,
      auxiliaryFile: omitInternal ? undefined : filesOf([node.auxiliaryFiles]).map((f) => toOparlFile(f, owner, context)),
      originatorPerson: (node.originatorPersons ?? []).map((p) => urls.object(town, 'persons', p.documentId)),
      originatorOrganization: (node.originatorOrganizations ?? []).map((o) => urls.object(town, 'organizations', o.documentId)),
      consultation: omitInternal ? undefined : (node.consultedItems ?? []).map((item) => toOparlConsultation(node, item, context)),
    });
  },
};
