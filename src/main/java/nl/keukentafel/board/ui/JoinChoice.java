package nl.keukentafel.board.ui;

import java.util.Locale;
import nl.keukentafel.board.TableRole;

/**
 * What someone answers on the join step "Wie bent u aan deze tafel?": each choice finishes the
 * sentence "Ik ben …" in the person's own words and comes with one plain explanation. Several
 * choices seat someone in the same table role: a mantelzorger, a cliëntondersteuner and a family
 * member all speak on behalf of a resident.
 */
enum JoinChoice {
    RESIDENT(TableRole.RESIDENT),
    CAREGIVER(TableRole.ON_BEHALF_OF_RESIDENT),
    CLIENT_SUPPORT(TableRole.ON_BEHALF_OF_RESIDENT),
    FAMILY(TableRole.ON_BEHALF_OF_RESIDENT),
    PROFESSIONAL(TableRole.PROFESSIONAL),
    POLICY_MAKER(TableRole.POLICY_MAKER),
    SOCIAL_ENTREPRENEUR(TableRole.SOCIAL_ENTREPRENEUR),
    TEACHER_RESEARCHER(TableRole.TEACHER_RESEARCHER),
    STUDENT(TableRole.STUDENT);

    private final TableRole role;

    JoinChoice(TableRole role) {
        this.role = role;
    }

    TableRole role() {
        return role;
    }

    /** The words after "Ik ben …". */
    String labelKey() {
        return "join.role.choice." + key();
    }

    /** One plain sentence under the choice. */
    String explanationKey() {
        return labelKey() + ".help";
    }

    private String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
