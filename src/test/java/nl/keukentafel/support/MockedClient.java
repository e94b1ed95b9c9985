package nl.keukentafel.support;

import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Gives the mocked browser a client address of its own, so per-client throttles (wrong join
 * codes) counted by one test never block another test in the shared Spring context.
 */
public final class MockedClient {

    private MockedClient() {}

    /** From now on the mocked browser's requests come from a new, unique address. */
    public static String useOwnAddress() {
        String address = TestStaff.uniqueClient();
        VaadinServletRequest current = VaadinServletRequest.getCurrent();
        HttpServletRequestWrapper fromAddress = new HttpServletRequestWrapper(current.getHttpServletRequest()) {
            @Override
            public String getRemoteAddr() {
                return address;
            }
        };
        CurrentInstance.set(VaadinRequest.class, new VaadinServletRequest(fromAddress, current.getService()));
        return address;
    }
}
