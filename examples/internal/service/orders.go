// Package service implements the OrderService gRPC API.
package service

import (
	"context"
	"errors"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"

	ordersv1 "github.com/acme/orders/api/orders/v1"
	"github.com/acme/orders/internal/inventory"
	"github.com/acme/orders/internal/store"
)

const pollInterval = 2 * time.Second

type Service struct {
	ordersv1.UnimplementedOrderServiceServer
	orders *store.Store
	stock  *inventory.Client
}

func New(orders *store.Store, stock *inventory.Client) *Service {
	return &Service{orders: orders, stock: stock}
}

func (s *Service) GetOrder(ctx context.Context, req *ordersv1.GetOrderRequest) (*ordersv1.Order, error) {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Second)
	defer cancel()
	order, err := s.orders.Load(ctx, req.GetId())
	if errors.Is(err, store.ErrNotFound) {
		return nil, status.Errorf(codes.NotFound, "order %q not found", req.GetId())
	}
	return order, err
}

func (s *Service) CancelOrder(ctx context.Context, req *ordersv1.CancelOrderRequest) (*ordersv1.Order, error) {
	order, err := s.orders.SetStatus(ctx, req.GetId(), "cancelled")
	if err != nil {
		return nil, err
	}
	if err := s.stock.Release(ctx, order.GetId()); err != nil {
		return nil, status.Errorf(codes.Unavailable, "release stock: %v", err)
	}
	return order, nil
}

// WatchOrders streams a customer's orders as they change.
func (s *Service) WatchOrders(req *ordersv1.WatchOrdersRequest, stream grpc.ServerStreamingServer[ordersv1.Order]) error {
	ctx := stream.Context()
	since := time.Now()
	for {
		pollCtx, cancel := context.WithTimeout(ctx, time.Second)
		defer cancel()
		changed, err := s.orders.ChangedSince(pollCtx, req.GetCustomerId(), since)
		if err != nil {
			return err
		}
		since = time.Now()
		for _, order := range changed {
			if err := stream.Send(order); err != nil {
				return err
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(pollInterval):
		}
	}
}
