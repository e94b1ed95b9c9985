package nl.keukentafel.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextInputTest {

    @Test
    void aNulCharacterAndOtherControlCharactersAreRemoved() {
        assertThat(TextInput.text("huur\u0000achterstand\u0007\u001b[31m\u007f\u0085"))
                .isEqualTo("huurachterstand[31m");
    }

    @Test
    void lineBreaksAndTabsStayInTextsAndBecomeSpacesInLines() {
        assertThat(TextInput.text("eerste\r\ntweede\rderde\u2028vierde\tvijfde"))
                .isEqualTo("eerste\ntweede\nderde\nvierde\tvijfde");
        assertThat(TextInput.line("Anna\nde\r\nVries\tX")).isEqualTo("Anna de Vries X");
    }

    @Test
    void directionOverridesAreRemovedSoTextReadsAsItIsStored() {
        // "Anna" followed by a right-to-left override that would show "gpj.exe" as "exe.jpg".
        assertThat(TextInput.line("Anna\u202Egpj.exe")).isEqualTo("Annagpj.exe");
        assertThat(TextInput.text("a\u2066b\u2069c\u200Fd")).isEqualTo("abcd");
    }

    @Test
    void invisibleCharactersLeaveNamesButTheJoinerThatBuildsEmojiStaysInNotes() {
        String family = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67";
        assertThat(TextInput.line("An\u200Bna\uFEFF\u200D")).isEqualTo("Anna");
        assertThat(TextInput.text("gezin " + family + "\u200B")).isEqualTo("gezin " + family);
    }

    @Test
    void combiningMarksOnOneLetterAreCappedButRealAccentsStay() {
        String zalgo = "h" + "\u0301\u0302\u0303\u0304\u0305\u0306\u0307\u0308".repeat(10) + "i";
        assertThat(TextInput.text(zalgo)).isEqualTo("h\u0301\u0302\u0303i");
        // Vietnamese stacks two marks on one letter; NFC composes what it can.
        assertThat(TextInput.text("Nguye\u0302\u0303n")).isEqualTo("Nguy\u1EC5n");
    }

    @Test
    void decomposedLettersAreComposed() {
        assertThat(TextInput.line("Rene\u0301e")).isEqualTo("Renée").hasSize(5);
    }
}
