import bundled from 'virtual:bundled-archive';
import { ArchiveService } from '@/lib/archive/archive-service';
import { ArchiveStore } from '@/lib/archive/archive-store';
import { defaultAliases } from '@/lib/nlp/default-aliases';
import { shippedStanceModel } from '@/lib/stance/shipped-model';
import { pageExtractor } from './page-extractor';

let service: Promise<ArchiveService> | null = null;

/**
 * The archive service, opened on first use. A stopped service worker starts here again: the bundled articles
 * are synced only when the build's archive version changed (install or update), then the indexes load.
 */
export function archive(): Promise<ArchiveService> {
  service ??= ArchiveStore.open(indexedDB)
    .then((store) => ArchiveService.start({ store, bundled, aliases: defaultAliases, extractPage: pageExtractor(), stance: shippedStanceModel }))
    .catch((error: unknown) => {
      service = null;
      throw error;
    });
  return service;
}
