package org.voarchive.facets.index;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.util.CharTokenizer;

/**
 * Splits target names and titles into words: maximal runs of letters and digits, lower-cased. A word a
 * user types is thus found inside a stored word exactly when it occurs in the lower-cased text, which is
 * what {@code LOWER(target_name) LIKE '%word%'} asks in ADQL, so the search and its ADQL twin agree.
 * For the {@link ProductFields#INFIX} field it also emits every piece of each word up to
 * {@link ProductFields#MAX_INFIX} characters (and the whole word when longer).
 */
public final class WordAnalyzer extends Analyzer {

    public WordAnalyzer() {
        super(PER_FIELD_REUSE_STRATEGY); // the two fields are analysed differently
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer words = CharTokenizer.fromTokenCharPredicate(Character::isLetterOrDigit);
        TokenStream lower = new LowerCaseFilter(words);
        return new TokenStreamComponents(words, fieldName.equals(ProductFields.INFIX)
                ? new NGramTokenFilter(lower, 1, ProductFields.MAX_INFIX, true) : lower);
    }

    /** The words of a text, in order, as the index holds them. */
    public List<String> words(String text) {
        List<String> words = new ArrayList<>();
        try (TokenStream s = tokenStream(ProductFields.TEXT, new StringReader(text))) {
            CharTermAttribute term = s.addAttribute(CharTermAttribute.class);
            s.reset();
            while (s.incrementToken()) {
                words.add(term.toString());
            }
            s.end();
        } catch (IOException e) {
            // a StringReader does not fail
            throw new IllegalStateException(e);
        }
        return words;
    }
}
