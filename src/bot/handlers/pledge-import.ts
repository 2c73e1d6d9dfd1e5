import type { Application, TurnState } from '@microsoft/teams-ai';
import type { TurnContext } from 'botbuilder';
import { z } from 'zod/v4';
import { md } from '../../cards/markdown';
import { pledgeImportPreviewCard, pledgeImportProblemsCard } from '../../cards/pledge-import.card';
import { parsePledgeFile, pledgeFileFormat, pledgeSourceKey } from '../../domain/pledge-document';
import { MAX_FILE_BYTES } from '../../external/teams-files';
import { cardAction, type CardReply, groupData, sendReply } from '../card-actions';
import { isPersonalChat, memberKeyOfSender, textsOf } from '../context';
import type { BotDependencies } from '../deps';
import { VERBS } from '../verbs';

/** The attachment Teams gives a bot for a file sent in the 1:1 chat (`supportsFiles` in the manifest). */
const FILE_DOWNLOAD_INFO = 'application/vnd.microsoft.teams.file.download.info';

const fileAttachment = z.object({
  contentType: z.literal(FILE_DOWNLOAD_INFO),
  name: z.string().min(1).max(200),
  content: z.object({
    downloadUrl: z.string().min(1).max(4000),
    uniqueId: z.string().max(200).optional(),
    fileType: z.string().max(20).optional(),
  }),
});

const filesOf = (context: TurnContext): unknown[] =>
  (context.activity.attachments ?? []).filter((attachment) => attachment.contentType === FILE_DOWNLOAD_INFO);

/** A file sent to the bot: what it would import (or every problem), never an import by itself. */
async function fileReply(deps: BotDependencies, context: TurnContext): Promise<CardReply> {
  const t = textsOf(context, deps.localeOverride);
  const texts = t.pledges.importFile;
  if (!isPersonalChat(context)) return { message: texts.onlyPersonal };
  const files = filesOf(context);
  if (files.length !== 1) return { message: texts.oneFile };
  const file = fileAttachment.safeParse(files[0]);
  if (!file.success) {
    deps.logger.warn({ reason: 'fileAttachment' }, 'file attachment refused');
    return { message: t.invalidCard };
  }
  const runs = (await deps.admin.memberships(memberKeyOfSender(context))).filter(
    ({ member }) => member.role === 'samordnare',
  );
  if (runs.length === 0) return { message: texts.onlySamordnare };
  const { name, content } = file.data;
  const format = pledgeFileFormat(name);
  if (!format) return { message: texts.wrongType(md(name)) };
  const download = await deps.files.download(content.downloadUrl);
  switch (download.kind) {
    case 'refusedHost':
      // A link Teams did not make (a forged activity, or a card's link): never fetched.
      deps.logger.warn({ reason: 'fileHost' }, 'file attachment refused');
      return { message: texts.notTeamsFile };
    case 'tooLarge':
      return { message: texts.tooLarge(MAX_FILE_BYTES / 1024) };
    case 'failed':
      deps.logger.warn({ reason: 'fileDownload', detail: download.reason }, 'file could not be fetched');
      return { message: texts.fetchFailed };
    case 'ok':
      break;
  }
  const document = parsePledgeFile(format, download.text);
  if (!document.ok) return { card: pledgeImportProblemsCard(name, document.problems, t) };
  const groups = runs.map(({ group }) => group);
  return { card: pledgeImportPreviewCard({ name, format, source: download.text }, document.document, groups, t) };
}

/** Files sent in the 1:1 chat: a medborgarlöfte to import (before the text commands, which a file has none of). */
export function registerPledgeImport(app: Application<TurnState>, deps: BotDependencies): void {
  app.activity(
    (context) => Promise.resolve(context.activity.type === 'message' && filesOf(context).length > 0),
    async (context) => sendReply(context, await fileReply(deps, context)),
  );
}

const importData = groupData.extend({
  format: z.enum(['csv', 'json']),
  fileName: z.string().min(1).max(200),
  source: z.string().max(MAX_FILE_BYTES),
});

/** **Importera till <grupp>**: the file checked again exactly as the command line checks it, then stored once. */
export function pledgeImportActions(deps: BotDependencies) {
  return [
    cardAction({
      verb: VERBS.pledgeImport,
      role: 'samordnare',
      personalOnly: true,
      input: importData,
      async act({ group, data, t }) {
        const texts = t.pledges.importFile;
        const document = parsePledgeFile(data.format, data.source);
        if (!document.ok) return { card: pledgeImportProblemsCard(data.fileName, document.problems, t) };
        const result = await deps.pledges.importDocument(group, document.document, pledgeSourceKey(data.source));
        if (!result.ok) return { card: pledgeImportProblemsCard(data.fileName, result.problems, t) };
        const { pledge } = result;
        if (result.alreadyImported) return { message: texts.alreadyImported(md(pledge.title), md(group.name)) };
        return {
          message: texts.imported(md(pledge.title), md(group.name), pledge.focusAreas.length, pledge.activities.length),
        };
      },
    }),
  ];
}
