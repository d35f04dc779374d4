import { shell } from 'electron';
import { externalLinks, hostFail, hostOk, type ExternalLinkId, type HostResult } from '../../../shared/host';

/** Opens a page of the contract's allow-list in the system browser; the renderer names it only by id. */
export async function openExternalLink(link: ExternalLinkId): Promise<HostResult<null>> {
  const url = externalLinks[link];
  if (!url.startsWith('https://')) return hostFail('internal', `allow-listed link ${link} is not https`);
  await shell.openExternal(url);
  return hostOk(null);
}
