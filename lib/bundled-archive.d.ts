declare module 'virtual:bundled-archive' {
  import type { BundledArchive } from './archive/bundled-archive';
  const archive: BundledArchive;
  export default archive;
}
