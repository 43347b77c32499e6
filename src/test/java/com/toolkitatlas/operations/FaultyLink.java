package com.toolkitatlas.operations;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP link to a server that a test can break the way networks and servers break: it
 * forwards everything, or becomes a black hole (connections are accepted, nothing is ever
 * answered, what was open freezes), or refuses (open connections are cut, new ones closed
 * at once).
 */
final class FaultyLink implements AutoCloseable {

	enum Mode {

		FORWARD, BLACK_HOLE, REFUSE

	}

	private final ServerSocket listener;

	private final int target;

	private final List<Socket> sockets = new CopyOnWriteArrayList<>();

	private volatile Mode mode = Mode.FORWARD;

	FaultyLink(int target) throws IOException {
		this.target = target;
		this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
		Thread acceptor = new Thread(this::accept, "faulty-link");
		acceptor.setDaemon(true);
		acceptor.start();
	}

	int port() {
		return listener.getLocalPort();
	}

	void set(Mode mode) {
		this.mode = mode;
		if (mode == Mode.REFUSE) {
			sockets.forEach(FaultyLink::closeQuietly);
			sockets.clear();
		}
	}

	private void accept() {
		while (!listener.isClosed()) {
			try {
				Socket client = listener.accept();
				sockets.add(client);
				switch (mode) {
					case REFUSE -> closeQuietly(client);
					case BLACK_HOLE -> {
						// Held open, never answered.
					}
					case FORWARD -> {
						Socket server = new Socket(InetAddress.getLoopbackAddress(), target);
						sockets.add(server);
						pump(client, server);
						pump(server, client);
					}
				}
			}
			catch (IOException e) {
				// Closed, or the server refused: the next connection decides again.
			}
		}
	}

	/** Copies one direction while the link forwards; freezes while it is a black hole. */
	private void pump(Socket from, Socket to) {
		Thread thread = new Thread(() -> {
			byte[] buffer = new byte[8192];
			try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
				int read;
				while ((read = in.read(buffer)) >= 0) {
					while (mode == Mode.BLACK_HOLE) {
						Thread.sleep(50);
					}
					out.write(buffer, 0, read);
					out.flush();
				}
			}
			catch (IOException | InterruptedException e) {
				// The link or one side was closed.
			}
			finally {
				closeQuietly(from);
				closeQuietly(to);
			}
		}, "faulty-link-pump");
		thread.setDaemon(true);
		thread.start();
	}

	private static void closeQuietly(Socket socket) {
		try {
			socket.close();
		}
		catch (IOException ignored) {
			// Already closed.
		}
	}

	@Override
	public void close() throws IOException {
		listener.close();
		sockets.forEach(FaultyLink::closeQuietly);
	}

}
