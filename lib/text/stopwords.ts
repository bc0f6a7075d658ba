/** Common English words that carry no topic. Kept short on purpose: names and numbers do the matching. */
export const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he
her here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not
now of off on once only or other our ours ourselves out over own same she should so some such than that the
their theirs them themselves then there these they this those through to too under until up very was we were
what when where which while who whom why will with would you your yours yourself yourselves said says say told
tell according would could should may might must shall one two three four five six seven eight nine ten also
new last first week month year years months weeks day days time report reports reported mr mrs ms s t don
news monday tuesday wednesday thursday friday saturday sunday well still yet however meanwhile earlier later
many much even since while made make makes take takes took like get got go going went come came per`.split(/\s+/),
);
