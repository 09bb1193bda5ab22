/**
 * Search over one content version: explainers and statute articles, typed in Chinese characters or in pinyin
 * (full syllables or initials), with highlighted snippets, suggestions as the villager types and a tag cloud
 * for those who do not type. {@link org.legalkiosk.content.search.SearchIndexBuilder} writes the index into the
 * version's folder when the version is activated; {@link org.legalkiosk.content.search.ContentSearcher} opens it
 * read-only.
 */
package org.legalkiosk.content.search;
