package org.legalkiosk.content.search;

import java.io.Closeable;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.DelegatingAnalyzerWrapper;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthFilter;
import org.apache.lucene.analysis.cn.smart.HMMChineseTokenizer;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * The analyzer of every field, chosen by its {@link Script}. The index and the queries use the same instance,
 * so a word is cut and spelled the same way on both sides. Thread-safe, as Lucene analyzers are.
 */
final class SearchAnalyzers implements Closeable {

    private final Map<Script, Analyzer> byScript = new EnumMap<>(Script.class);
    private final Analyzer perField;

    SearchAnalyzers(Pinyin pinyin) {
        byScript.put(Script.HANZI, new SmartChineseAnalyzer());
        byScript.put(Script.BIGRAMS, bigramAnalyzer());
        byScript.put(Script.PINYIN, pinyinAnalyzer(pinyin, PinyinFilter.Form.FULL));
        byScript.put(Script.INITIALS, pinyinAnalyzer(pinyin, PinyinFilter.Form.INITIALS));
        byScript.put(Script.FUZZY, pinyinAnalyzer(pinyin, PinyinFilter.Form.FUZZY));
        byScript.put(Script.ENGLISH, new EnglishAnalyzer());
        perField = new DelegatingAnalyzerWrapper(Analyzer.PER_FIELD_REUSE_STRATEGY) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return byScript.get(Script.ofField(fieldName));
            }
        };
    }

    Analyzer of(Script script) {
        return byScript.get(script);
    }

    /** For the index writer: picks the analyzer from the field name's suffix. */
    Analyzer perField() {
        return perField;
    }

    private static Analyzer bigramAnalyzer() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer source = new StandardTokenizer();
                TokenStream result = new CJKWidthFilter(source);
                result = new LowerCaseFilter(result);
                result = new CJKBigramFilter(result, CJKBigramFilter.HAN, false);
                // Only the pairs: single characters and Latin words are the other scripts' business.
                result = new TypeTokenFilter(result, Set.of(CJKBigramFilter.DOUBLE_TYPE), true);
                return new TokenStreamComponents(source, result);
            }
        };
    }

    private static Analyzer pinyinAnalyzer(Pinyin pinyin, PinyinFilter.Form form) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                Tokenizer words = new HMMChineseTokenizer();
                return new TokenStreamComponents(words, new PinyinFilter(words, pinyin, form));
            }
        };
    }

    @Override
    public void close() {
        perField.close();
        byScript.values().forEach(Analyzer::close);
    }
}
