package com.toolkitatlas.web;

import java.io.IOException;

import org.apache.tomcat.util.net.Nio2Channel;
import org.apache.tomcat.util.net.Nio2Endpoint;
import org.apache.tomcat.util.net.SocketBufferHandler;

/**
 * Tomcat's NIO2 endpoint, whose connections end their output before they close. Without
 * this, a connection Tomcat refuses (a request line or headers over 8 kB, answered with a
 * 400) is closed with the rest of the request still unread, so the kernel resets it at
 * once and the client can lose the answer it was about to read. Ending the output first
 * sends the answer's end before the reset, which is what the JDK's NIO sockets do on
 * their own when they close (HostileRequestTest).
 */
final class OrderlyCloseEndpoint extends Nio2Endpoint {

	@Override
	protected Nio2Channel createChannel(SocketBufferHandler buffer) {
		if (isSSLEnabled()) {
			return super.createChannel(buffer);
		}
		return new Nio2Channel(buffer) {
			@Override
			public void close() throws IOException {
				try {
					this.sc.shutdownOutput();
				}
				catch (IOException ex) {
					// Already closed by the client: nothing left to end.
				}
				super.close();
			}
		};
	}

}
