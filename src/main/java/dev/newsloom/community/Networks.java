package dev.newsloom.community;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

/**
 * The network a request came from, as the store keeps it: a one-way hash, never the address, good
 * only for telling whether two accounts or reports came from the same place. An IPv4 address is
 * its own network; an IPv6 one counts by its /64 prefix, since one household is handed a whole
 * /64 and can pick a fresh address in it at will.
 */
public final class Networks {
    private Networks() {}

    /** The hash of the address's network; null for no address. */
    public static String of(String address) {
        if (address == null || address.isBlank()) return null;
        String a = address.strip();
        if (a.indexOf(':') >= 0) {
            try {
                // a literal with ':' is parsed, never looked up
                InetAddress parsed = InetAddress.getByName(a.startsWith("[") ? a.substring(1, a.length() - 1) : a);
                byte[] b = parsed.getAddress();
                // ::ffff:192.0.2.1 comes back as the IPv4 address it is
                a = b.length == 16 ? "v6:" + java.util.HexFormat.of().formatHex(Arrays.copyOf(b, 8)) + "::/64" : parsed.getHostAddress();
            } catch (UnknownHostException | StringIndexOutOfBoundsException e) {
                // not an address after all: hashed as it came
            }
        }
        return Tokens.hash("newsloom-network:" + a);
    }
}
