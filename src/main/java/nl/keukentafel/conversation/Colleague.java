package nl.keukentafel.conversation;

/** A facilitator account as a colleague sees it: who can be asked to run a conversation together. */
public record Colleague(String username, String displayName) {

    /** The name to pick them by; the account name tells two people with the same name apart. */
    public String label() {
        return displayName + " (" + username + ")";
    }
}
