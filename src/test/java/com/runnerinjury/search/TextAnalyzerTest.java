package com.runnerinjury.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Unit tests of how text becomes search terms and how closely two terms match, typos included. */
class TextAnalyzerTest {

    // ---------------------------------------------------------------------------------------------
    // terms
    // ---------------------------------------------------------------------------------------------

    @Test
    void hasNoTermsForNoTextOrOnlyPunctuation() {
        assertEquals(List.of(), TextAnalyzer.terms(null));
        assertEquals(List.of(), TextAnalyzer.terms(""));
        assertEquals(List.of(), TextAnalyzer.terms(" -- !? "));
    }

    @Test
    void lowerCasesAndSplitsOnAnythingButLettersAndDigits() {
        assertEquals(List.of("plantar", "fasciitis"), TextAnalyzer.terms("PLANTAR Fasciitis"));
        assertEquals(List.of("knee", "pain", "2012", "study"), TextAnalyzer.terms("knee-pain/2012 (study)"));
    }

    @Test
    void foldsAccentsAway() {
        assertEquals(List.of("tui", "na", "cafe"), TextAnalyzer.terms("Tuí ná café"));
    }

    @Test
    void dropsApostrophesInsteadOfSplittingOnThem() {
        assertEquals(List.of("runner", "knee"), TextAnalyzer.terms("Runner's knee"));
        assertEquals(List.of("runner", "knee"), TextAnalyzer.terms("Runners’ knee"));
    }

    @Test
    void dropsStopWordsButKeepsItForItBandSyndrome() {
        assertEquals(List.of("pain", "back", "thigh"), TextAnalyzer.terms("Pain at the back of the thigh"));
        assertEquals(List.of("it", "band", "syndrome"), TextAnalyzer.terms("IT band syndrome"));
        assertEquals(List.of(), TextAnalyzer.terms("the and of"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "splints, splint", "hamstrings, hamstring", "injuries, injury", "stretches, stretch", "rashes, rash",
            "boxes, box", "stresses, stress", "ties, tie",
            // not plurals, or too short to tell
            "stress, stress", "tendinitis, tendinitis", "hiatus, hiatus", "gas, gas", "pies, pie", "knee, knee"})
    void foldsEnglishPluralsToTheSingular(String word, String term) {
        assertEquals(List.of(term), TextAnalyzer.terms(word));
    }

    // ---------------------------------------------------------------------------------------------
    // match
    // ---------------------------------------------------------------------------------------------

    @Test
    void scoresAnExactTermOne() {
        assertEquals(1.0, TextAnalyzer.match("knee", "knee"));
        assertEquals(1.0, TextAnalyzer.match("it", "it"));
    }

    @Test
    void scoresAPrefixOfThreeOrMoreLettersPointEight() {
        assertEquals(0.8, TextAnalyzer.match("ham", "hamstring"));
        assertEquals(0.8, TextAnalyzer.match("plantar", "plantaris"));
        assertEquals(0, TextAnalyzer.match("ha", "hamstring"));
    }

    @Test
    void matchesOnlyTheQueryAsAPrefixOfTheTermNotTheOtherWayRound() {
        assertEquals(0, TextAnalyzer.match("hamstring", "ham"));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({"leg, log", "kne, knu", "ab, ac"})
    void forgivesNoTypoInWordsOfUpToThreeLetters(String query, String term) {
        assertEquals(0, TextAnalyzer.match(query, term));
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({"knew, knee", "heal, heel", "splnt, splint", "tendon, tendin", "cuping, cupping"})
    void forgivesOneEditInWordsOfFourToSixLetters(String query, String term) {
        assertEquals(0.8, TextAnalyzer.match(query, term), 1e-9);
    }

    @ParameterizedTest(name = "{0} vs {1}")
    @CsvSource({"kbew, knee", "tandan, tendon", "cupinh, cupping"})
    void rejectsTwoEditsInWordsOfFourToSixLetters(String query, String term) {
        assertEquals(0, TextAnalyzer.match(query, term));
    }

    @Test
    void forgivesTwoEditsInWordsOfSevenLettersOrMore() {
        assertEquals(0.8, TextAnalyzer.match("fascitis", "fasciitis"), 1e-9);
        assertEquals(0.8, TextAnalyzer.match("hamstrng", "hamstring"), 1e-9);
        assertEquals(0.6, TextAnalyzer.match("fasitis", "fasciitis"), 1e-9);
        assertEquals(0.6, TextAnalyzer.match("tendonits", "tendinitis"), 1e-9);
    }

    @Test
    void rejectsThreeEditsEvenInLongWords() {
        assertEquals(0, TextAnalyzer.match("fasitiz", "fasciitis"));
        assertEquals(0, TextAnalyzer.match("plantaar", "plentor"));
    }

    @Test
    void rejectsATermWhoseLengthDiffersByMoreThanTheEditsAllowed() {
        // neither is a prefix of the other term, and the length alone needs more edits than a word this long gets
        assertEquals(0, TextAnalyzer.match("knees", "kneecaps"));
        assertEquals(0, TextAnalyzer.match("tendon", "tendinitis"));
        assertEquals(0, TextAnalyzer.match("fasciitis", "xyzfasciitis"));
    }
}
