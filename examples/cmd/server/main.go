// Command server runs the orders gRPC service and its HTTP/JSON gateway.
package main

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"syscall"
	"time"

	"google.golang.org/grpc"

	ordersv1 "github.com/acme/orders/api/orders/v1"
	"github.com/acme/orders/internal/gateway"
	"github.com/acme/orders/internal/interceptors"
	"github.com/acme/orders/internal/inventory"
	"github.com/acme/orders/internal/service"
	"github.com/acme/orders/internal/store"
)

func main() {
	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))
	if err := run(logger); err != nil {
		logger.Error("server stopped", "err", err)
		os.Exit(1)
	}
}

func run(logger *slog.Logger) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	db, err := store.Open(os.Getenv("ORDERS_DSN"))
	if err != nil {
		return err
	}
	defer db.Close()
	db.Preload(os.Args[1:])

	stock, err := inventory.Dial(os.Getenv("INVENTORY_ADDR"))
	if err != nil {
		return err
	}
	defer stock.Close()

	srv := grpc.NewServer(
		grpc.ChainUnaryInterceptor(
			interceptors.Logging(logger),
			interceptors.DebugLogging(logger),
			interceptors.Auth(interceptors.StaticTokens(os.Getenv("ORDERS_TOKENS"))),
		),
		grpc.ChainStreamInterceptor(interceptors.StreamLogging(logger)),
	)
	ordersv1.RegisterOrderServiceServer(srv, service.New(db, stock))

	lis, err := net.Listen("tcp", ":9090")
	if err != nil {
		return err
	}
	go func() {
		if err := srv.Serve(lis); err != nil {
			logger.Error("grpc serve", "err", err)
		}
	}()

	gw, err := gateway.New("localhost:9090")
	if err != nil {
		return err
	}
	httpSrv := &http.Server{Addr: ":8080", Handler: gw.Routes(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		if err := httpSrv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
			logger.Error("gateway serve", "err", err)
		}
	}()

	<-ctx.Done()
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	_ = httpSrv.Shutdown(shutdownCtx)
	srv.GracefulStop()
	return nil
}
