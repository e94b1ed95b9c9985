package nl.keukentafel.board.ui;

import nl.keukentafel.base.ui.PublicEntrance;
import org.springframework.stereotype.Component;

/** Residents who reach the login page are pointed to joining with a code. */
@Component
class JoinEntrance implements PublicEntrance {

    @Override
    public String introKey() {
        return "login.residents";
    }

    @Override
    public String labelKey() {
        return "login.join";
    }

    @Override
    public String link() {
        return BoardNavigation.joinLink();
    }
}
