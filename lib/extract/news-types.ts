/** The schema.org types that say "a news article" (JSON-LD), shared by the content script's first look and the metadata reader. */
export const NEWS_TYPE_NAMES = [
  'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'BackgroundNewsArticle', 'OpinionNewsArticle', 'ReviewNewsArticle', 'LiveBlogPosting',
];
