package nl.keukentafel.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class JoinCodeTest {

    @Test
    void typedCodesAreReadWhateverTheCaseSpacesOrDashes() {
        assertThat(JoinCode.parse(" abc-234 ")).map(JoinCode::value).contains("ABC234");
        assertThat(JoinCode.parse("abc 234")).map(JoinCode::value).contains("ABC234");
    }

    @Test
    void lookAlikeCharactersAndWrongLengthsAreNotCodes() {
        assertThat(JoinCode.parse("ABC0DE")).isEmpty();
        assertThat(JoinCode.parse("ABCODE")).isEmpty();
        assertThat(JoinCode.parse("ABC1DE")).isEmpty();
        assertThat(JoinCode.parse("ABCIDE")).isEmpty();
        assertThat(JoinCode.parse("ABCLDE")).isEmpty();
        assertThat(JoinCode.parse("ABC23")).isEmpty();
        assertThat(JoinCode.parse("ABC2345")).isEmpty();
    }

    @RepeatedTest(20)
    void randomCodesUseOnlyTheReadableAlphabetAndDisplayInTwoGroups() {
        JoinCode code = JoinCode.random();
        assertThat(code.value()).matches("[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}");
        assertThat(code.display()).matches("[A-Z2-9]{3}-[A-Z2-9]{3}");
    }
}
