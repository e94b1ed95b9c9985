package nl.keukentafel.board.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import nl.keukentafel.conversation.JoinCode;

/** The join steps as a resident takes them in the mocked browser. */
final class JoinFlow {

    private JoinFlow() {}

    static void open(JoinCode code) {
        UI.getCurrent().navigate("join/" + code.value());
    }

    static void name(String name, boolean anonymous) {
        _setValue(_get(TextField.class, spec -> spec.withId("join-name")), name);
        _setValue(_get(Checkbox.class, spec -> spec.withId("join-anonymous")), anonymous);
        _click(_get(Button.class, spec -> spec.withId("join-name-next")));
    }

    /** Chooses "Ik ben …" by the words that finish the sentence, as the resident reads them. */
    @SuppressWarnings("unchecked")
    static void role(String label) {
        RadioButtonGroup<Object> roles = _get(RadioButtonGroup.class, spec -> spec.withId("join-role"));
        Object choice = roles.getListDataView()
                .getItems()
                .filter(item -> roles.getItemLabelGenerator().apply(item).equals(label))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no role choice '" + label + "'"));
        _setValue(roles, choice);
        _click(_get(Button.class, spec -> spec.withId("join-role-next")));
    }

    static void accept() {
        _click(_get(Button.class, spec -> spec.withId("join-accept")));
    }

    /** Every step, from the QR link to the table. */
    static void join(JoinCode code, String name, boolean anonymous, String roleLabel) {
        open(code);
        name(name, anonymous);
        role(roleLabel);
        accept();
    }
}
