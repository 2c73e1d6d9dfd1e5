import type { Group } from '../domain/group';
import type { DocumentProblem, PledgeDocument } from '../domain/pledge-document';
import { documentProblemLine, type Texts } from '../i18n';
import { md } from './markdown';
import { renderCard, type AdaptiveCardJson } from './render';
import pledgeImportTemplate from './templates/pledge-import.json';

/** At most this many problems are listed; the rest are counted. */
const SHOWN_PROBLEMS = 40;

/** A file that did not pass: every problem with its line (CSV) or path (JSON) and reason; nothing imported. */
export function pledgeImportProblemsCard(fileName: string, problems: DocumentProblem[], t: Texts): AdaptiveCardJson {
  const heading = t.pledges.importFile.invalidHeading(md(fileName), problems.length);
  const lines = problems
    .slice(0, SHOWN_PROBLEMS)
    .map((problem) => ({ text: `- ${md(documentProblemLine(problem, t))}` }));
  if (problems.length > SHOWN_PROBLEMS) {
    lines.push({ text: t.pledges.importFile.moreProblems(problems.length - SHOWN_PROBLEMS) });
  }
  return renderCard(pledgeImportTemplate, {
    fallbackText: t.cardNotSupported(heading),
    heading,
    intro: '',
    lines,
    buttons: [],
    format: '',
    fileName: '',
    source: '',
  });
}

/**
 * What a valid file would import, with **Importera till <grupp>** for each group the samordnare
 * runs. The file itself travels in the buttons' data and is checked again when one is clicked.
 */
export function pledgeImportPreviewCard(
  file: { name: string; format: 'csv' | 'json'; source: string },
  document: PledgeDocument,
  groups: Group[],
  t: Texts,
): AdaptiveCardJson {
  const texts = t.pledges.importFile;
  const heading = texts.previewHeading(md(file.name));
  return renderCard(pledgeImportTemplate, {
    fallbackText: t.cardNotSupported(heading),
    heading,
    intro: texts.previewIntro(md(document.title), document.start, document.end, md(document.parties.join(', '))),
    lines: document.focusAreas.map((area) => ({ text: texts.focusAreaLine(md(area.name), area.activities.length) })),
    // Button titles are plain text, not Markdown.
    buttons: groups.map((group) => ({ title: texts.importTo(group.name), groupId: group.id })),
    format: file.format,
    fileName: file.name,
    source: file.source,
  });
}
