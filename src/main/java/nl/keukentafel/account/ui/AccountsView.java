package nl.keukentafel.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import nl.keukentafel.account.AccountService;
import nl.keukentafel.account.NewAccount;
import nl.keukentafel.account.StaffAccount;
import nl.keukentafel.base.Dates;
import nl.keukentafel.base.ui.FormDialog;
import nl.keukentafel.base.ui.Notifications;
import nl.keukentafel.base.ui.PasswordReveal;
import nl.keukentafel.security.Roles;
import nl.keukentafel.security.StaffRole;

/** Admins create staff accounts, change their roles, disable and re-enable them, reset passwords. */
@Route("admin/accounts")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "nav.accounts", order = 90, icon = "vaadin:users")
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<StaffAccount> grid = new Grid<>(StaffAccount.class, false);

    AccountsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("accounts-view");
        Button create = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(), e -> openCreate());
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.setId("new-account");
        HorizontalLayout toolbar = new HorizontalLayout(new H1(getTranslation("accounts.title")), create);
        toolbar.setAlignItems(Alignment.BASELINE);

        grid.addColumn(StaffAccount::username)
                .setHeader(getTranslation("accounts.username"))
                .setKey("username");
        grid.addColumn(StaffAccount::displayName)
                .setHeader(getTranslation("accounts.display-name"))
                .setKey("name");
        grid.addColumn(this::roleLabels)
                .setHeader(getTranslation("accounts.roles"))
                .setKey("roles");
        grid.addColumn(a -> getTranslation(a.enabled() ? "accounts.status.enabled" : "accounts.status.disabled"))
                .setHeader(getTranslation("accounts.status"))
                .setKey("status");
        grid.addColumn(a -> Dates.dateTime(a.createdAt(), getLocale()))
                .setHeader(getTranslation("accounts.created"))
                .setKey("created");
        grid.addComponentColumn(this::actions)
                .setHeader(getTranslation("accounts.actions"))
                .setKey("actions");
        grid.setAriaLabel(getTranslation("accounts.title"));
        add(toolbar, grid);
        setSizeFull();
        refresh();
    }

    private void refresh() {
        grid.setItems(accounts.list());
    }

    private String roleLabels(StaffAccount account) {
        return account.roles().stream()
                .sorted()
                .map(r -> getTranslation(r.labelKey()))
                .collect(Collectors.joining(", "));
    }

    private HorizontalLayout actions(StaffAccount account) {
        Button edit = new Button(getTranslation("accounts.edit"), e -> openEdit(account));
        edit.setId("edit-" + account.username());
        Button toggle = account.enabled()
                ? new Button(
                        getTranslation("accounts.disable"),
                        e -> run(() -> accounts.disable(account.id()), "accounts.disabled"))
                : new Button(
                        getTranslation("accounts.enable"),
                        e -> run(() -> accounts.enable(account.id()), "accounts.enabled"));
        toggle.setId((account.enabled() ? "disable-" : "enable-") + account.username());
        Button reset = new Button(getTranslation("accounts.reset-password"), e -> openResetPassword(account));
        reset.setId("reset-" + account.username());
        for (Button b : new Button[] {edit, toggle, reset}) {
            b.addThemeVariants(ButtonVariant.SMALL, ButtonVariant.TERTIARY);
        }
        return new HorizontalLayout(edit, toggle, reset);
    }

    private void run(Runnable action, String successKey) {
        if (Notifications.attempt(action)) {
            Notifications.success(this, successKey);
            refresh();
        }
    }

    private CheckboxGroup<StaffRole> roleChooser(Set<StaffRole> selected) {
        CheckboxGroup<StaffRole> roles = new CheckboxGroup<>(getTranslation("accounts.roles"));
        roles.setItems(StaffRole.values());
        roles.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        roles.setValue(selected);
        // Not setRequired: it puts aria-required on role=group (vaadin/web-components#2931); the
        // service refuses an account without roles.
        roles.setHelperText(getTranslation("account.error.roles"));
        roles.setId("account-roles");
        return roles;
    }

    private void openCreate() {
        TextField username = new TextField(getTranslation("accounts.username"));
        username.setHelperText(getTranslation("accounts.username.help"));
        username.setRequired(true);
        username.setId("account-username");
        TextField displayName = new TextField(getTranslation("accounts.display-name"));
        displayName.setRequired(true);
        displayName.setId("account-display-name");
        CheckboxGroup<StaffRole> roles = roleChooser(EnumSet.of(StaffRole.FACILITATOR));
        PasswordField password = new PasswordField(getTranslation("accounts.password"));
        password.setHelperText(getTranslation("accounts.password.help"));
        password.setRequired(true);
        password.setId("account-password");
        PasswordReveal.translate(password);
        FormDialog.open(
                getTranslation("accounts.new"),
                new FormLayout(username, displayName, roles, password),
                getTranslation("action.save"),
                "save-account",
                () -> {
                    StaffAccount created = accounts.create(new NewAccount(
                            username.getValue(), displayName.getValue(), roles.getValue(), password.getValue()));
                    return getTranslation("accounts.created-message", created.username());
                },
                this::refresh);
    }

    private void openEdit(StaffAccount account) {
        TextField displayName = new TextField(getTranslation("accounts.display-name"), account.displayName(), "");
        displayName.setRequired(true);
        displayName.setId("account-display-name");
        CheckboxGroup<StaffRole> roles = roleChooser(account.roles());
        FormDialog.open(
                getTranslation("accounts.edit-title", account.username()),
                new FormLayout(displayName, roles),
                getTranslation("action.save"),
                "save-account",
                () -> {
                    accounts.update(account.id(), displayName.getValue(), roles.getValue());
                    return getTranslation("accounts.updated");
                },
                this::refresh);
    }

    private void openResetPassword(StaffAccount account) {
        PasswordField password = new PasswordField(getTranslation("accounts.new-password"));
        password.setHelperText(getTranslation("accounts.password.help"));
        password.setRequired(true);
        password.setId("account-new-password");
        PasswordReveal.translate(password);
        FormDialog.open(
                getTranslation("accounts.reset-title", account.username()),
                new Div(new Span(getTranslation("accounts.reset-explain")), password),
                getTranslation("accounts.reset-password"),
                "save-password",
                () -> {
                    accounts.resetPassword(account.id(), password.getValue());
                    return getTranslation("accounts.password-reset", account.username());
                },
                () -> {});
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · " + getTranslation("app.name");
    }
}
